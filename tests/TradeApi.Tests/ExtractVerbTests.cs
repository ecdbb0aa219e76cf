using System.Text.Json;
using TradeApi.Cli;

namespace TradeApi.Tests;

// The extract verb as score.py and sealed/score call it: options apply to the files after them.
public class ExtractVerbTests
{
    private static (int Exit, JsonElement Json, string Errors) Extract(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = ExtractCommand.Run(args, stdout, stderr);
        return (exit, exit == 0 ? JsonDocument.Parse(stdout.ToString()).RootElement : default, stderr.ToString());
    }

    private static string Text(string body)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradeapi-extract-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, body);
        return path;
    }

    [Fact]
    public void ASourceAppliesToTheFilesAfterIt()
    {
        var text = Text("Trade with Fiji\n\nTwo-way trade between New Zealand and Fiji reached $1.2 billion in 2019.\n");
        try
        {
            var (exit, json, errors) = Extract(text, "--source", "https://www.beehive.govt.nz/release/1", text);
            Assert.True(exit == 0, errors);
            Assert.Equal("USD", json[0].GetProperty("volumes")[0].GetProperty("currency").GetString());
            Assert.Equal("NZD", json[1].GetProperty("volumes")[0].GetProperty("currency").GetString());
            Assert.Equal(TradeApi.Extraction.Extractor.Extract(File.ReadAllText(text)).Volumes.Single().Confidence,
                json[0].GetProperty("volumes")[0].GetProperty("confidence").GetDecimal());
        }
        finally { File.Delete(text); }
    }

    [Fact]
    public void APublicationDateResolvesLastYearAndFeaturesAreNamed()
    {
        var text = Text("Trade with Fiji\n\nTwo-way trade between New Zealand and Fiji reached $1.2 billion last year.\n");
        try
        {
            var (exit, json, errors) = Extract(text, "--features", "--published-on", "2020-05-01", text);
            Assert.True(exit == 0, errors);
            Assert.Equal(0, json[0].GetProperty("volumes").GetArrayLength());
            var v = json[1].GetProperty("volumes")[0];
            Assert.Equal(2019, v.GetProperty("year").GetInt32());
            Assert.Equal(1, v.GetProperty("features").GetProperty("bothNamed").GetDouble());
        }
        finally { File.Delete(text); }
    }

    [Theory]
    [InlineData("--source")]
    [InlineData("--published-on", "May 2020")]
    [InlineData("--source", "https://www.gov.uk/")]
    public void AnOptionWithoutItsValueOrAFileIsAUsageError(params string[] args)
    {
        var (exit, _, errors) = Extract(args);
        Assert.Equal(2, exit);
        Assert.Contains("usage: TradeApi extract", errors);
    }
}

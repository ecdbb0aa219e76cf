namespace TradeApi.Tests;

// openapi.yaml is the published contract: it must equal what the service serves.
// After an intended change, regenerate it with UPDATE_OPENAPI=1 ./test.sh and review the diff.
public class OpenApiContractTests(TradeApiFactory factory) : IClassFixture<TradeApiFactory>
{
    [Fact]
    public async Task ServedDocumentEqualsOpenApiYaml()
    {
        var served = (await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.yaml")).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(TradeApiFactory.RepoRoot(), "openapi.yaml");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(path, served);
        var published = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        Assert.True(published == served, "openapi.yaml differs from /swagger/v1/swagger.yaml; run UPDATE_OPENAPI=1 ./test.sh and review the diff");
    }

    [Fact]
    public async Task EveryOperationHasADescriptionAndAnOperationId()
    {
        var full = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.yaml");
        var yaml = full[..full.IndexOf("\ncomponents:", StringComparison.Ordinal)];
        var operations = yaml.Split('\n').Count(l => l.StartsWith("    get:", StringComparison.Ordinal) || l.StartsWith("    post:", StringComparison.Ordinal) || l.StartsWith("    delete:", StringComparison.Ordinal) || l.StartsWith("    patch:", StringComparison.Ordinal));
        Assert.True(operations >= 10, $"only {operations} operations");
        Assert.Equal(operations, yaml.Split('\n').Count(l => l.StartsWith("      operationId:", StringComparison.Ordinal)));
        Assert.Equal(operations, yaml.Split('\n').Count(l => l.StartsWith("      description:", StringComparison.Ordinal)));
    }
}

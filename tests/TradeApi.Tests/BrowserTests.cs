using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace TradeApi.Tests;

/// <summary>A fact that needs Debian's chromium and chromium-driver (.ci/run installs them); it skips saying so elsewhere, and
/// fails instead when CI=true.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public BrowserFactAttribute()
    {
        if ((!File.Exists(Browser) || !File.Exists(Driver)) && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"needs {Browser} and {Driver} (apt-get install chromium chromium-driver; .ci/run installs them); CI fails instead of skipping";
        // The dashboard reads the public API, which the rest of the suite checks on both stores: the browser runs once, on SQLite.
        else if (TestStore.IsPostgres) Skip = "the dashboard is driven once, in the SQLite run (it only reads the API, which this run checks on PostgreSQL)";
    }
}

// The real service on a free loopback port, seeded, with the IMF ten-pair file when ../shared has it, and a headless Chromium.
public sealed class BrowserFixture : IDisposable
{
    private readonly Process _service;
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"tradeapi-browser-{Guid.NewGuid():N}.db");
    public string Base { get; }
    public const string ApiKey = "browser-test-key";
    public bool Official { get; } = SharedData.Official(SharedData.TenPairs) is not null;
    public static string Screenshots => Path.Combine(TradeApiFactory.RepoRoot(), "artifacts", "screenshots");

    public BrowserFixture()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Base = $"http://127.0.0.1:{port}";
        var dll = typeof(Program).Assembly.Location;
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", Base])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = Path.Combine(TradeApiFactory.RepoRoot(), "src", "TradeApi"),
        };
        info.Environment["ConnectionStrings__Trade"] = $"Data Source={_db}";
        info.Environment["Storage__DataPath"] = Path.Combine(TradeApiFactory.RepoRoot(), "data");
        info.Environment["Official__Paths__0"] = SharedData.Official(SharedData.TenPairs) ?? Path.Combine(TradeApiFactory.RepoRoot(), "data", "official");
        if (SharedData.Rates() is { } rates) info.Environment["Rates__Paths__0"] = rates;
        info.Environment["Auth__ApiKeys__0__Name"] = "browser";
        info.Environment["Auth__ApiKeys__0__Key"] = ApiKey;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        _service = Process.Start(info)!;
        _service.OutputDataReceived += (_, _) => { };
        _service.ErrorDataReceived += (_, _) => { };
        _service.BeginOutputReadLine();
        _service.BeginErrorReadLine();
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (http.GetAsync(Base + "/health/ready").Result.IsSuccessStatusCode) break;
            }
            catch (AggregateException) { }
            if (clock.Elapsed > TimeSpan.FromSeconds(60) || _service.HasExited) throw new InvalidOperationException("the service did not become ready");
            Thread.Sleep(200);
        }
        // A running service, as users meet it: its code paths compiled once (the first request of each kind pays the JIT).
        foreach (var path in new[] { "/index.html", "/app.js", "/api/v1/pairs?limit=1000", "/api/v1/targets?limit=1000", "/api/v1/pairs/FRA-DEU/series?source=official",
                                     "/api/v1/pairs/ARM-GEO/volumes?source=stated&flow=total", "/api/v1/pairs/ARM-GEO/targets", "/api/v1/documents?limit=1" })
            _ = http.GetAsync(Base + path).Result;
        Directory.CreateDirectory(Screenshots);
    }

    public ChromeDriver Browser(int width = 1440, int height = 1000) => Browser(width, height, phone: false);

    /// A phone as Chrome's device emulation makes one (375 x 812 CSS pixels at 3x, touch): headless Chrome will not make a window
    /// narrower than 500 px, so a resized window is no phone.
    public ChromeDriver Phone() => Browser(500, 900, phone: true);

    private ChromeDriver Browser(int width, int height, bool phone)
    {
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--window-size={width},{height}");
        if (phone) options.EnableMobileEmulation(new OpenQA.Selenium.Chromium.ChromiumMobileEmulationDeviceSettings { Width = 375, Height = 812, PixelRatio = 3, EnableTouchEvents = true,
            UserAgent = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36" });
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.Driver)!, Path.GetFileName(BrowserFactAttribute.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public void Dispose()
    {
        try { _service.Kill(entireProcessTree: true); _service.WaitForExit(10_000); } catch (InvalidOperationException) { }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm", _db + ".id" })
            try { File.Delete(f); } catch (IOException) { }
    }
}

// The dashboard, the SVG chart and Swagger UI in a real browser: assertions on the DOM, screenshots in artifacts/screenshots.
public class BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static IWebElement Wait(IWebDriver driver, string css, Func<IWebElement, bool>? until = null) =>
        new WebDriverWait(driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => until?.Invoke(e) ?? true));

    // An attribute or the text of the first element matching css, read inside the wait: the dashboard redraws its chart when a
    // later answer arrives, and an element found before the redraw is stale by the time it is read.
    private static string Attr(IWebDriver driver, string css, string name) =>
        Read(driver, d => d.FindElements(By.CssSelector(css)).FirstOrDefault()?.GetAttribute(name));

    private static string TextOf(IWebDriver driver, string css) => Read(driver, d => d.FindElements(By.CssSelector(css)).FirstOrDefault()?.Text);

    private static string Read(IWebDriver driver, Func<IWebDriver, string?> read)
    {
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(20));
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        return wait.Until(read);
    }

    private static void Shot(IWebDriver driver, string name) => ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(BrowserFixture.Screenshots, name + ".png"));

    [BrowserFact]
    public void TheDashboardShowsTheFoundingPairAndItsEvidence()
    {
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/");
        Assert.EndsWith("/index.html", new Uri(driver.Url).AbsolutePath);
        driver.Navigate().GoToUrl(fixture.Base + "/index.html#BLR-KAZ");
        const string point = "circle.stated[data-year='2012']", doubling = "g.target[data-value='2000000000']";
        Assert.Equal("1000000000", Attr(driver, point, "data-value"));
        Assert.Contains("2012 stated USD 1B", Attr(driver, point, "aria-label"));
        Assert.Equal("true", Attr(driver, "button.pair[data-pair='BLR-KAZ']", "aria-pressed"));
        Wait(driver, doubling);
        // Every target line runs from its base year or statement to its deadline: none has zero length (read in one script: the
        // chart may be drawn again meanwhile, and an element of the first drawing would be stale).
        var lengths = (System.Collections.ObjectModel.ReadOnlyCollection<object>)((IJavaScriptExecutor)driver).ExecuteScript(
            "return [...document.querySelectorAll('g.target line')].map(l => Number(l.getAttribute('x2')) - Number(l.getAttribute('x1')));")!;
        Assert.NotEmpty(lengths);
        Assert.All(lengths, d => Assert.True(Convert.ToDouble(d, System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.Equal("2", Read(driver, d => d.FindElements(By.CssSelector("#targets-table tbody tr")).Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (fixture.Official)
        {
            // What the official figures say about the founding document, at a glance.
            Assert.Equal("925922000", Attr(driver, "circle.official-point[data-year='2012']", "data-value"));
            Assert.Contains("official USD 925.9M", Attr(driver, point, "aria-label"));
            Assert.Equal("missed", Attr(driver, doubling, "data-status"));
            // The label dates its progress: the latest official year, not a bare percentage beside "missed".
            Assert.Matches(@"by \d{4}: missed; 20\d\d: \d+ % of it", TextOf(driver, doubling));
            Assert.Contains("USD 2B", Read(driver, d => d.FindElements(By.CssSelector("#targets-table tbody tr[data-status='missed']")).Select(r => r.Text).FirstOrDefault(t => t.Contains("USD 2B"))));
        }
        Read(driver, d => { d.FindElements(By.CssSelector(point)).FirstOrDefault()?.Click(); return d.FindElements(By.CssSelector("#evidence mark")).Count > 0 ? "shown" : null; });
        var mark = Wait(driver, "#evidence mark");
        Assert.Contains("close to $1 billion", mark.Text);
        Assert.Contains("Aleksandr Lukashenko meets with", driver.FindElement(By.CssSelector("#evidence h4")).Text);
        Shot(driver, "dashboard-1440");

        // How fast it loaded and drew is printed, not asserted (a timed assertion fails on a busy machine); bench/ measures speed.
        var js = (IJavaScriptExecutor)driver;
        var load = Convert.ToDouble(js.ExecuteScript("return performance.getEntriesByType('navigation')[0].loadEventEnd"), System.Globalization.CultureInfo.InvariantCulture);
        var drawn = Convert.ToDouble(js.ExecuteScript("return performance.getEntriesByName('pair-rendered')[0].startTime"), System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine($"load event {load:F0} ms, pairs and BLR-KAZ drawn {drawn:F0} ms after navigation start");
        Assert.True(drawn > 0, "the page never marked the pair as drawn");
    }

    [BrowserFact]
    public void TheCheckBoxShowsEachVerdictBesideItsHighlightedFigure()
    {
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/index.html#BLR-KAZ");
        var box = Wait(driver, "#check-text");
        // Pasted as a user would (the founding document and one sentence of our own with a figure far from the record).
        var text = File.ReadAllText(Path.Combine(TradeApiFactory.RepoRoot(), "data", "documents", "00-belarus-kazakhstan-2013.txt"))
            + "\nIn 2013 trade between Belarus and Kazakhstan reached $3.5 billion.\n";
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].value = arguments[1]", box, text);
        driver.FindElement(By.CssSelector("#check-form button[type=submit]")).Click();
        var mark = Wait(driver, "#check-result mark[data-verdict]");
        Assert.Contains("close to $1 billion", mark.Text);
        var badges = driver.FindElements(By.CssSelector("#check-result .verdict")).Select(b => b.Text).ToList();
        if (fixture.Official)
        {
            Assert.Equal("consistent", mark.GetAttribute("data-verdict"));
            Assert.Contains(badges, b => b.Contains("USD 1B 2012: consistent") && b.Contains("official USD 925.9M (BLR, 2012)"));
            var high = Wait(driver, "#check-result mark[data-verdict='overstated']");
            Assert.Contains("$3.5 billion", high.Text);
            Assert.Contains(badges, b => b.Contains("USD 3.5B 2013: overstated"));
            // The badge sits right after its sentence.
            Assert.Contains("overstated", ((IJavaScriptExecutor)driver).ExecuteScript("return arguments[0].nextElementSibling.textContent", high)?.ToString());
        }
        else Assert.Contains(badges, b => b.Contains("no data"));
        Assert.Contains("figure(s)", driver.FindElement(By.Id("check-status")).Text);
        ((IJavaScriptExecutor)driver).ExecuteScript("document.getElementById('check-status').scrollIntoView()");
        Shot(driver, "check-a-text");
    }

    [BrowserFact]
    public void ASearchFindsAPairADeepLinkOpensOneAndBackReturns()
    {
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/index.html#/pairs/BLR-KAZ");
        Wait(driver, "circle.stated[data-year='2012']");
        Assert.StartsWith("BLR-KAZ", driver.FindElement(By.Id("pair-title")).Text);
        if (!fixture.Official) return;
        driver.FindElement(By.Id("pair-search")).SendKeys("germ chi");
        Wait(driver, "#search-results button[data-pair='CHN-DEU']").Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElement(By.Id("pair-title")).Text.StartsWith("CHN-DEU", StringComparison.Ordinal));
        Assert.EndsWith("#/pairs/CHN-DEU", driver.Url);
        // Both sides: China's own figures and Germany's.
        Assert.NotEmpty(driver.FindElements(By.CssSelector("#chart circle.official-point")));
        Assert.NotEmpty(driver.FindElements(By.CssSelector("#chart circle.mirror-point")));
        Assert.Contains("DEU reports", driver.FindElement(By.CssSelector("#chart .legend")).Text);
        driver.Navigate().Back();
        new WebDriverWait(driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElement(By.Id("pair-title")).Text.StartsWith("BLR-KAZ", StringComparison.Ordinal));
        // One word: a country's pairs, the largest first.
        var search = driver.FindElement(By.Id("pair-search"));
        search.Clear();
        search.SendKeys("kazakh");
        Wait(driver, "#search-results button[data-pair='CHN-KAZ']");
        var offered = driver.FindElements(By.CssSelector("#search-results button.pair")).Select(b => b.GetAttribute("data-pair")).ToList();
        Assert.Equal(["CHN-KAZ", "KAZ-UZB", "BLR-KAZ"], offered);
    }

    [BrowserFact]
    public void TheCountryPageRanksPartnersWithSharesAndOpensTheirPairs()
    {
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/index.html#/countries/KAZ");
        var rows = new WebDriverWait(driver, TimeSpan.FromSeconds(20)).Until(d =>
        {
            var r = d.FindElements(By.CssSelector("#partners-table tbody tr"));
            return r.Count > 0 || d.FindElement(By.Id("country-title")).Text.Contains("no official figures") ? r : null;
        })!;
        if (!fixture.Official)
        {
            Assert.Contains("no official figures", driver.FindElement(By.Id("country-title")).Text);
            return;
        }
        Assert.StartsWith("Kazakhstan: partners in 2020", driver.FindElement(By.Id("country-title")).Text);
        Assert.Equal(["CHN", "UZB", "BLR"], rows.Select(r => r.GetAttribute("data-partner")).ToList());
        Assert.Contains("80.88 %", rows[0].Text);
        Assert.Contains("3.77 %", rows[2].Text);
        rows[2].FindElement(By.CssSelector("button.pair")).Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElement(By.Id("pair-title")).Text.StartsWith("BLR-KAZ", StringComparison.Ordinal));
        Assert.EndsWith("#/pairs/BLR-KAZ", driver.Url);
        // And from the search box: one word offers the country's page.
        driver.FindElement(By.Id("pair-search")).SendKeys("uzbek");
        Wait(driver, "#search-results a.country-link[data-country='UZB']").Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElement(By.Id("country-title")).Text.StartsWith("Uzbekistan", StringComparison.Ordinal));
        Shot(driver, "country-page");
    }

    [BrowserFact]
    public void AFactConfirmedInTheEvidencePanelIsConfirmedAfterAReload()
    {
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/index.html#/pairs/BLR-KAZ");
        Wait(driver, "circle.stated[data-year='2012']").Click();
        var state = Wait(driver, "#review-state");
        Assert.Contains(state.Text, new[] { "unreviewed", "confirmed" });
        Assert.Contains("confidence 0.", driver.FindElement(By.CssSelector("#evidence .review")).Text);
        // A wrong key is refused and changes nothing.
        driver.FindElement(By.Id("api-key")).SendKeys("not-the-key");
        driver.FindElement(By.Id("review-confirm")).Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElement(By.Id("review-status")).Text.StartsWith("Not saved", StringComparison.Ordinal));
        var key = driver.FindElement(By.Id("api-key"));
        key.Clear();
        key.SendKeys(BrowserFixture.ApiKey);
        driver.FindElement(By.Id("review-confirm")).Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElement(By.Id("review-status")).Text == "Saved: confirmed.");
        driver.Navigate().Refresh();
        var dot = Wait(driver, "circle.stated[data-year='2012']");
        Assert.Equal("confirmed", dot.GetAttribute("data-review"));
        dot.Click();
        Assert.Equal("confirmed", Wait(driver, "#review-state", e => e.Text == "confirmed").Text);
        // The key stays in the tab (sessionStorage), not in the page's address or a cookie.
        Assert.Equal(BrowserFixture.ApiKey, driver.FindElement(By.Id("api-key")).GetAttribute("value"));
        Assert.DoesNotContain(BrowserFixture.ApiKey, driver.Url);
    }

    [BrowserFact]
    public void AFactIsCorrectedInThePanelAndAChangeMadeMeanwhileIsShownNotOverwritten()
    {
        // A fact of its own, so no other test of the class meets the correction.
        long id;
        using (var http = new HttpClient())
        {
            var post = new HttpRequestMessage(HttpMethod.Post, fixture.Base + "/api/v1/documents")
            { Content = new StringContent("Talks in Yerevan\nTrade between Armenia and Iran reached $700 million in 2018.", System.Text.Encoding.UTF8, "text/plain") };
            post.Headers.Add("X-Api-Key", BrowserFixture.ApiKey);
            var created = http.Send(post);
            Assert.True(created.IsSuccessStatusCode);
            id = System.Text.Json.JsonDocument.Parse(created.Content.ReadAsStringAsync().Result).RootElement.GetProperty("volumes")[0].GetProperty("id").GetInt64();
        }
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/index.html#/pairs/ARM-IRN");
        Wait(driver, "circle.stated[data-year='2018']").Click();
        Assert.Equal("unreviewed", Wait(driver, "#review-state").Text);
        var key = driver.FindElement(By.Id("api-key"));
        key.Clear();
        key.SendKeys(BrowserFixture.ApiKey);

        // Someone else confirms it while the panel is open: the page's confirm is refused (412) and says what changed.
        using (var http = new HttpClient())
        {
            var patch = new HttpRequestMessage(HttpMethod.Patch, $"{fixture.Base}/api/v1/volumes/{id}")
            { Content = new StringContent("""{"review":"rejected","reason":"elsewhere"}""", System.Text.Encoding.UTF8, "application/merge-patch+json") };
            patch.Headers.Add("X-Api-Key", BrowserFixture.ApiKey);
            patch.Headers.TryAddWithoutValidation("If-Match", "*");
            Assert.True(http.Send(patch).IsSuccessStatusCode);
        }
        driver.FindElement(By.Id("review-confirm")).Click();
        var status = Wait(driver, "#review-status", e => e.Text.StartsWith("Not saved: it changed meanwhile", StringComparison.Ordinal));
        Assert.Contains("review unreviewed → rejected", status.Text);
        Assert.Equal("rejected", driver.FindElement(By.Id("review-state")).Text);

        // Correcting now applies to the fact as it is: the value, with a reason, is saved and kept after a reload.
        var value = driver.FindElement(By.Id("review-value"));
        value.Clear();
        value.SendKeys("720000000");
        driver.FindElement(By.Id("review-reason")).SendKeys("the ministry's release says 720 million");
        driver.FindElement(By.Id("review-correct")).Click();
        Wait(driver, "#review-status", e => e.Text == "Saved: corrected.");
        Assert.Equal("USD 720M (2018)", driver.FindElement(By.Id("review-figure")).Text);
        using (var http = new HttpClient())
        {
            var fact = System.Text.Json.JsonDocument.Parse(http.GetStringAsync($"{fixture.Base}/api/v1/volumes/{id}").Result).RootElement;
            Assert.Equal((720_000_000m, "corrected", "the ministry's release says 720 million"),
                (fact.GetProperty("value").GetDecimal(), fact.GetProperty("review").GetProperty("state").GetString(), fact.GetProperty("review").GetProperty("reason").GetString()));
        }
    }

    [BrowserFact]
    public void TheReviewQueueOpensAFactInTheEvidencePanel()
    {
        // A fact of its own (the founding figure may be confirmed by another test of this class first).
        using (var http = new HttpClient())
        {
            var request = new HttpRequestMessage(HttpMethod.Post, fixture.Base + "/api/v1/documents")
            { Content = new StringContent("Talks in Tbilisi\nTrade between Armenia and Georgia reached $1.2 billion in 2019.", System.Text.Encoding.UTF8, "text/plain") };
            request.Headers.Add("X-Api-Key", BrowserFixture.ApiKey);
            Assert.True(http.Send(request).IsSuccessStatusCode);
        }
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/index.html");
        var item = Wait(driver, "#queue-list li[data-fact='volume']", e => e.Text.Contains("ARM-GEO"));
        Assert.Contains("ARM-GEO volume USD 1.2B (2019)", item.Text);
        Assert.Contains("fact(s) wait for review", driver.FindElement(By.Id("queue-status")).Text);
        item.FindElement(By.CssSelector("button.queue-open")).Click();
        var mark = Wait(driver, "#evidence mark", e => e.Text.Contains("$1.2 billion"));
        Assert.Contains("Armenia and Georgia", mark.Text);
        Assert.NotNull(Wait(driver, "#review-confirm"));
        Assert.StartsWith("ARM-GEO", driver.FindElement(By.Id("pair-title")).Text);
    }

    [BrowserFact]
    public void TheDashboardWorksWithAKeyboard()
    {
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/index.html#BLR-KAZ");
        var point = Wait(driver, "circle.stated[data-year='2012']");
        Assert.Equal("0", point.GetAttribute("tabindex"));
        Assert.Equal("button", point.GetAttribute("role"));
        // Tab from the page start reaches the pair buttons (real buttons), then Enter on the figure opens its evidence.
        new Actions(driver).SendKeys(Keys.Tab).SendKeys(Keys.Tab).Perform();
        var focused = driver.SwitchTo().ActiveElement();
        Assert.True(focused.TagName == "a" || focused.TagName == "button", focused.TagName);
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].focus()", point);
        new Actions(driver).SendKeys(Keys.Enter).Perform();
        Assert.Contains("close to $1 billion", Wait(driver, "#evidence mark").Text);
        // The chart's figures are a table too, for screen readers.
        var cells = driver.FindElements(By.CssSelector("#chart-data tbody tr"));
        Assert.Contains(cells, r => (r.GetAttribute("textContent") ?? "").Contains("2012") && (r.GetAttribute("textContent") ?? "").Contains("close to $1 billion"));
        Assert.NotEmpty(driver.FindElements(By.CssSelector("caption")));
    }

    [BrowserFact]
    public void TheDashboardFitsAPhoneAndADesktop()
    {
        foreach (var width in new[] { 375, 1440 })
        {
            using var driver = width == 375 ? fixture.Phone() : fixture.Browser(width, 900);
            driver.Navigate().GoToUrl(fixture.Base + "/index.html#BLR-KAZ");
            Wait(driver, "circle.stated[data-year='2012']");
            var js = (IJavaScriptExecutor)driver;
            var scroll = Convert.ToInt64(js.ExecuteScript("return document.documentElement.scrollWidth"));
            var inner = Convert.ToInt64(js.ExecuteScript("return window.innerWidth"));
            Assert.Equal(width, inner);
            Assert.True(scroll <= inner, $"at {width} px the page is {scroll} px wide");
            var chart = driver.FindElement(By.CssSelector("#chart svg"));
            Assert.True(chart.Size.Width <= inner && chart.Size.Width > inner / 2, $"chart {chart.Size.Width} px in {inner}");
            // The chart's text as shown: its font size times the drawing's scale.
            var smallest = Convert.ToDouble(js.ExecuteScript(
                "const svg = document.querySelector('#chart svg'); const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                + " return Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(t.getAttribute('font-size')) * k));"),
                System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(smallest >= 10, $"at {width} px the chart's smallest text is {smallest:F1} px");
            // Every table fits the page or scrolls in its own box.
            var widest = Convert.ToDouble(js.ExecuteScript("return Math.max(...[...document.querySelectorAll('table')].map(t => t.getBoundingClientRect().right))"),
                System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(widest <= inner, $"a table reaches {widest} px in {inner}");
            Shot(driver, $"dashboard-{width}");
        }
    }

    [BrowserFact]
    public void TheSvgChartRendersInTheBrowser()
    {
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/api/v1/pairs/BLR-KAZ/chart.svg?width=900&height=420");
        var svg = Wait(driver, "svg");
        Assert.Equal("900", svg.GetAttribute("width"));
        Assert.StartsWith("BLR-KAZ: trade in USD", driver.FindElement(By.CssSelector("svg > title")).GetAttribute("textContent"));
        Assert.NotEmpty(driver.FindElements(By.CssSelector("circle.stated-point")));
        Shot(driver, "chart-svg");
    }

    [BrowserFact]
    public void SwaggerUiTryItOutAnswersThe2012Figure()
    {
        using var driver = fixture.Browser();
        driver.Navigate().GoToUrl(fixture.Base + "/swagger/index.html");
        Wait(driver, "#operations-Volumes-ListVolumes .opblock-summary").Click();
        Wait(driver, "#operations-Volumes-ListVolumes .try-out__btn").Click();
        Wait(driver, "#operations-Volumes-ListVolumes button.execute").Click();
        var body = Wait(driver, "#operations-Volumes-ListVolumes .responses-wrapper .live-responses-table .response-col_description pre",
            e => e.Text.Contains("1000000000"));
        Assert.Contains("\"year\": 2012", body.Text);
        Assert.Contains("close to $1 billion", body.Text);
        Shot(driver, "swagger-try-it-out");
    }
}

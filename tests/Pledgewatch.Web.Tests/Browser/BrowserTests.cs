using Microsoft.Playwright;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Browser;

/// <summary>
/// The app in Debian's Chromium through Playwright: overview, an entry, sign-in, accepting a candidate, the audit
/// entry. Skipped when /usr/bin/chromium is missing (.ci/run installs it); Playwright never downloads a browser.
/// Screenshots go to TestResults/screenshots beside the test assembly.
/// </summary>
public sealed class BrowserTests(LiveServer server) : IClassFixture<LiveServer>
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Fact]
    public async Task ReviewerAcceptsACandidateAndSeesTheAuditEntry()
    {
        Assert.SkipUnless(File.Exists(Chromium), $"{Chromium} is not installed: browser tests are skipped (.ci/run installs Debian's chromium)");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(Screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text); };

        await page.GotoAsync(server.Url + "/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Overview");
        await Assertions.Expect(page.Locator("svg#ranking")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "1-overview.png"), FullPage = true });

        // The latest entries table links every entry; open the German commitment.
        await page.Locator("a[href='/entries/4']").ClickAsync();
        await Assertions.Expect(page.Locator("mark").First).ToHaveTextAsync("Germany committed EUR 2 billion.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "2-entry.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Name").FillAsync("rita");
        await page.GetByLabel("Password").FillAsync(WebAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(server.Url + "/entries/4");

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(page.Locator(".status").First).ToHaveTextAsync("accepted");
        var last = page.Locator("#audit tbody tr").Last;
        await Assertions.Expect(last).ToContainTextAsync("rita");
        await Assertions.Expect(last).ToContainTextAsync("accepted");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "3-accepted.png"), FullPage = true });

        Assert.Equal("accepted", server.Store.GetEntry(4)!.Status);
        Assert.True(problems.Count == 0, string.Join(" | ", problems));
    }

    [Fact]
    public async Task TheReviewQueueAnswersKeyboardShortcuts()
    {
        Assert.SkipUnless(File.Exists(Chromium), $"{Chromium} is not installed: browser tests are skipped (.ci/run installs Debian's chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(server.Url + "/signin?returnUrl=/review");
        await page.GetByLabel("Name").FillAsync("rita");
        await page.GetByLabel("Password").FillAsync(WebAppFactory.Password);
        await page.GetByLabel("Password").PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review queue");
        var first = page.Locator("[data-candidate]").First;
        var id = await first.Locator("h2 a").First.TextContentAsync();
        await first.FocusAsync();
        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review queue");
        await Assertions.Expect(page.Locator("[data-candidate] h2 a").First).Not.ToHaveTextAsync(id!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "4-review-phone.png"), FullPage = true });
        Assert.Equal("rejected", server.Store.GetEntry(long.Parse(id!.TrimStart('#'), System.Globalization.CultureInfo.InvariantCulture))!.Status);
    }
}

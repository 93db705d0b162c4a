using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TipBot.Bot.Tests.DirectLine;

/// <summary>Microsoft's Web Chat in headless Chromium (Debian's, never a downloaded one), on our page and endpoint.</summary>
public sealed class WebChatBrowserTests(ITestOutputHelper log)
{
    private const string Question = "hoe ga ik om met boze bellers?";

    [Fact]
    public async Task AQuestionTypedInWebChatIsSentAndAnswered()
    {
        using var server = new LiveDirectLineServer(useTestBot: true);
        await using var session = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = session.Page;

        await page.GetByText("Welkom dl_").First.WaitForAsync(new() { Timeout = 20_000 });
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(Question);
        await input.PressAsync("Enter");

        await page.GetByText("Je vroeg: " + Question).First.WaitForAsync(new() { Timeout = 20_000 });
        // Web Chat marks a message it never saw echoed as failed ("Verzenden mislukt" / "Send failed").
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(0, await page.GetByText("mislukt").CountAsync());
        Assert.Equal("nl-NL", server.Bot.Received.Last().Locale);

        var screenshot = await session.ScreenshotAsync("webchat-answer.png");
        log.WriteLine("screenshot: " + screenshot);
        Assert.Empty(session.PageErrors);
    }
}

/// <summary>A headless Chromium page on the chat page, with its errors collected and screenshots kept.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public IPage Page { get; private set; } = null!;

    public List<string> PageErrors { get; } = [];

    public static async Task<BrowserSession> OpenAsync(string baseUrl, string locale = "nl-NL")
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var session = new BrowserSession { _playwright = await Playwright.CreateAsync() };
        session._browser = await session._playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await session._browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 900, Height = 1000 } });
        session.Page = await context.NewPageAsync();
        session.Page.PageError += (_, error) => session.PageErrors.Add(error);
        await session.Page.GotoAsync(baseUrl + "/");
        return session;
    }

    /// <summary>Saves a screenshot among the test artefacts (bin/.../artifacts) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

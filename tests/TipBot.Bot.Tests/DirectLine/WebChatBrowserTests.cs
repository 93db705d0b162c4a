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

    [Fact]
    public async Task AnActionExecuteButtonInWebChatReplacesItsCard()
    {
        using var server = new LiveDirectLineServer(useTestBot: true);
        await using var session = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = session.Page;
        await page.GetByText("Welkom dl_").First.WaitForAsync(new() { Timeout = 20_000 });
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("kaart");
        await input.PressAsync("Enter");

        var card = page.Locator(".ac-adaptiveCard").Last;
        await card.GetByText("Was dit nuttig?").WaitForAsync(new() { Timeout = 20_000 });
        await card.Locator("input, textarea").First.FillAsync("heel fijn");
        await card.GetByRole(AriaRole.Button, new() { Name = "Nuttig" }).ClickAsync();

        await page.Locator(".ac-adaptiveCard").GetByText("Bedankt!").WaitForAsync(new() { Timeout = 20_000 });
        // Replaced, not added: the card with the button is gone (Web Chat swaps an activity that comes again under its id).
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nuttig" })).ToHaveCountAsync(0);
        var invoke = server.Bot.Received.Last();
        Assert.Equal("adaptiveCard/action", invoke.Name);
        Assert.Contains("heel fijn", invoke.Value.ToString());
        log.WriteLine("screenshot: " + await session.ScreenshotAsync("webchat-card-action.png"));
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task TipBotAnswersAQuestionInWebChatWithTipCardsAndTakesFeedback()
    {
        var titles = KnowledgeTitles();
        using var server = new LiveDirectLineServer(useTestBot: false);
        await using var session = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = session.Page;
        // The welcome (a card) shows before anything is typed.
        await page.Locator(".ac-adaptiveCard").First.WaitForAsync(new() { Timeout = 30_000 });
        var welcomeCards = await page.Locator(".ac-adaptiveCard").CountAsync();

        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(Question);
        await input.PressAsync("Enter");

        var shown = await WaitForAsync(async () =>
        {
            var texts = await page.Locator(".ac-adaptiveCard .ac-textBlock").AllInnerTextsAsync();
            return texts.Select(Normalize).Where(titles.Contains).ToList() is { Count: > 0 } found ? found : null;
        });
        Assert.True(shown is not null, "no Adaptive Card with a tip title from knowledge/ appeared");
        log.WriteLine("tip titles shown: " + string.Join(" | ", shown!));
        Assert.True(await page.Locator(".ac-adaptiveCard").CountAsync() > welcomeCards);
        log.WriteLine("screenshot: " + await session.ScreenshotAsync("webchat-tip-cards.png"));

        // "Nuttig" is an Action.Execute: through the bridge the card is replaced by its thanked version.
        var thanks = TipBot.Bot.Texts.TextCatalog.LoadEmbedded().Get("nl-NL", "tips.thanks");
        await page.Locator(".ac-adaptiveCard").GetByRole(AriaRole.Button, new() { Name = "Nuttig", Exact = true }).First.ClickAsync();
        await page.GetByText(thanks).First.WaitForAsync(new() { Timeout = 20_000 });
        log.WriteLine("screenshot: " + await session.ScreenshotAsync("webchat-tip-feedback.png"));
        Assert.Empty(session.PageErrors);
    }

    /// <summary>Every title in the tip library's front matter, so the test does not depend on the ranking.</summary>
    private static HashSet<string> KnowledgeTitles()
    {
        var knowledge = Path.Combine(LiveDirectLineServer.RepoRoot(), "knowledge");
        var titles = Directory.EnumerateFiles(knowledge, "*.md", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith("title:", StringComparison.Ordinal))
            .Select(line => Normalize(line["title:".Length..]))
            .ToHashSet();
        Assert.NotEmpty(titles);
        return titles;
    }

    private static string Normalize(string text) => text.Trim().Trim('"', '\'').Replace("\\", string.Empty, StringComparison.Ordinal).Trim();

    private static async Task<T?> WaitForAsync<T>(Func<Task<T?>> probe, int timeoutMs = 30_000)
        where T : class
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < until)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            await Task.Delay(250);
        }
        return null;
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

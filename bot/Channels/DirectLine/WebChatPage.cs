using Microsoft.Extensions.FileProviders;

namespace TipBot.Bot.DirectLine;

/// <summary>
/// Serves the Web Chat page (wwwroot/index.html) at "/" and its files, among them Microsoft's Web Chat bundle,
/// which scripts/setup.sh copies from the npm package into wwwroot/lib (never loaded from a CDN).
/// </summary>
internal static class WebChatPage
{
    public const string BundlePath = "lib/webchat.js";

    public static void Map(WebApplication app)
    {
        var webRoot = app.Environment.WebRootFileProvider;
        if (!webRoot.GetFileInfo(BundlePath).Exists)
        {
            app.Logger.LogWarning("The Web Chat bundle wwwroot/{Bundle} is missing, so the chat page cannot work: run scripts/setup.sh.", BundlePath);
        }
        app.UseStaticFiles(new StaticFileOptions { FileProvider = webRoot });
        app.MapGet("/", () => Page(webRoot));
    }

    private static IResult Page(IFileProvider webRoot)
    {
        var page = webRoot.GetFileInfo("index.html");
        return page.Exists
            ? Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8")
            : Results.Problem("The chat page (wwwroot/index.html) is missing from this build.", statusCode: StatusCodes.Status404NotFound);
    }
}

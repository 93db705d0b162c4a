using Microsoft.Extensions.DependencyInjection.Extensions;
using TipBot.Bot.Texts;

namespace TipBot.Bot.DirectLine;

/// <summary>Composition of the built-in Direct Line endpoint and the Web Chat page: one line each in Program.cs.</summary>
/// <remarks>
/// The namespace is TipBot.Bot.DirectLine although the folder is Channels/DirectLine: a TipBot.Bot.Channels
/// namespace would hide the SDK's Channels constants (Channels.Msteams) from all code under TipBot.Bot.
/// </remarks>
public static class DirectLineRegistration
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>().Bind(builder.Configuration.GetSection(DirectLineOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(_ => TextCatalog.LoadEmbedded());
        builder.Services.AddSingleton<DirectLineTokenService>();
        builder.Services.AddSingleton<DirectLineConversationStore>();
        builder.Services.AddSingleton<DirectLineAdapter>();
        DirectLineCors.Add(builder.Services);
        return builder;
    }

    /// <summary>
    /// Maps the Web Chat page, and the Direct Line endpoint when it may be used: in local mode (no
    /// MicrosoftAppId, like the Emulator) or when a DirectLine:Secret guards token generation.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        WebChatPage.Map(app);
        if (!IsEnabled(app.Configuration))
        {
            app.Logger.LogInformation("Direct Line is off: MicrosoftAppId is set and no DirectLine:Secret is configured.");
            return app;
        }
        app.UseCors();
        app.UseWebSockets();
        DirectLineEndpoints.Map(app);
        app.Logger.LogInformation(
            "Direct Line is on at {Path} ({Mode}).",
            DirectLineEndpoints.BasePath,
            string.IsNullOrEmpty(app.Configuration[$"{DirectLineOptions.Section}:Secret"]) ? "local mode, open token generation" : "token generation needs the secret");
        return app;
    }

    public static bool IsEnabled(IConfiguration configuration) =>
        string.IsNullOrEmpty(configuration["MicrosoftAppId"])
        || !string.IsNullOrEmpty(configuration[$"{DirectLineOptions.Section}:Secret"]);
}

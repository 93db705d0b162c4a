namespace TipBot.Bot.DirectLine;

/// <summary>CORS for a Web Chat page on another origin: the headers botframework-directlinejs sends.</summary>
internal static class DirectLineCors
{
    public const string PolicyName = "DirectLine";

    public static void Add(IServiceCollection services) =>
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")));
}

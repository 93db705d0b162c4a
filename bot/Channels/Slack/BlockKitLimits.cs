namespace TipBot.Bot.Slack;

/// <summary>Slack's Block Kit limits (docs.slack.dev block reference, as @slack/types documents them).</summary>
public static class BlockKitLimits
{
    public const int BlocksPerMessage = 50;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ElementsPerActions = 25;
    public const int ElementsPerContext = 10;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ButtonUrl = 3000;
    public const int ActionId = 255;
    public const int ImageAltText = 2000;
    public const int ImageUrl = 3000;

    /// <summary>chat.postMessage's top-level text; Slack truncates longer messages.</summary>
    public const int MessageText = 40000;
}

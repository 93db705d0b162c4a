namespace TipBot.Bot.Dialogs.Prompts;

/// <summary>Yes or no; the value is a bool.</summary>
public sealed class ConfirmPrompt : ChoicePrompt
{
    public const string Yes = "yes";
    public const string No = "no";

    public static IReadOnlyList<Choice> ChoicesFor(string yesLabel, string noLabel) =>
    [
        new(Yes, yesLabel, ["ja", "j", "yes", "y", "jazeker", "zeker", "ok", "oke", "prima", "graag", "ja graag", "klopt", "akkoord", "sure", "yes please", "doe maar"]),
        new(No, noLabel, ["nee", "n", "no", "neen", "liever niet", "niet", "nope", "no thanks", "nee dank je"]),
    ];

    public override PromptResult Recognize(UserInput input)
    {
        var result = base.Recognize(input);
        return result.Succeeded ? PromptResult.Ok(Equals(result.Value, Yes)) : result;
    }
}

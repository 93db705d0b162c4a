namespace TipBot.Bot.Dialogs.Prompts;

/// <summary>A whole number in a range, typed as digits or a small number word ("acht").</summary>
public sealed class NumberPrompt : Prompt
{
    private static readonly string[] DutchWords = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];
    private static readonly string[] EnglishWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public int Min { get; init; } = int.MinValue;

    public int Max { get; init; } = int.MaxValue;

    /// <summary>Said when the number is outside the range (friendlier than the general hint).</summary>
    public string? OutOfRangeHint { get; init; }

    public override PromptResult Recognize(UserInput input)
    {
        var text = TextNormalizer.Normalize(input.Text);
        int? number = null;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(word, out var parsed))
            {
                number = parsed;
                break;
            }
            var index = Array.IndexOf(DutchWords, word == "één" ? "een" : word);
            if (index < 0)
            {
                index = Array.IndexOf(EnglishWords, word);
            }
            if (index >= 0)
            {
                number = index;
                break;
            }
        }
        if (number is null)
        {
            return PromptResult.Invalid();
        }
        return number < Min || number > Max ? PromptResult.Invalid(OutOfRangeHint) : PromptResult.Ok(number.Value);
    }
}

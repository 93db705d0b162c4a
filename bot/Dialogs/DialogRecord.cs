namespace TipBot.Bot.Dialogs;

/// <summary>
/// What is stored for one active dialog: the step by name (stable when steps are added), the path back,
/// and the dialog's typed state as System.Text.Json text so no storage provider can change its types.
/// </summary>
public sealed class DialogRecord
{
    public string DialogId { get; set; } = "";

    public string Step { get; set; } = "";

    /// <summary>Steps answered before the current one, newest last: what "terug" walks back through.</summary>
    public List<string> History { get; set; } = [];

    public string StateJson { get; set; } = "{}";

    /// <summary>Unrecognised answers on the current step; after the first the way out is offered.</summary>
    public int Attempts { get; set; }

    /// <summary>Set while changing one answer from a summary: where to go back to afterwards.</summary>
    public string? ReturnTo { get; set; }

    public bool ConfirmingCancel { get; set; }

    public string? Locale { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

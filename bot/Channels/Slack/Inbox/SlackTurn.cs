using Microsoft.Bot.Schema;

namespace TipBot.Bot.Slack;

/// <summary>A Slack turn waiting to run, with the id under which the inbox keeps it until it has.</summary>
public sealed record SlackTurn(string InboxId, Activity Activity);

using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TipBot.Bot.Cards;
using TipBot.Bot.Conversation;
using TipBot.Bot.Slack;
using TipBot.Bot.Texts;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Tips;
using TipBot.Indexer.Library;

namespace TipBot.Bot.Tests.Slack;

/// <summary>Adaptive Cards and bot messages as Block Kit: content survives, markup cannot be injected, Slack's limits hold.</summary>
public class BlockKitTranslationTests
{
    private static readonly TextCatalog Catalog = TextCatalog.LoadEmbedded();

    [Fact]
    public async Task EveryCardTheBotHasTypeChecksAsBlockKit()
    {
        var messages = new List<JsonObject>();
        foreach (var locale in new[] { "nl-NL", "en-US" })
        {
            var texts = new LocalTexts(Catalog, locale);
            var topics = new TopicCatalog(Library.Search).TopTags(40);
            var cards = new List<JsonObject>
            {
                WelcomeCard.Build(texts),
                HelpCard.Build(texts),
                TopicsCard.Build(texts, topics),
                NoAnswerCard.Build(texts, texts["audience.leidinggevende"], "q1"),
            };
            foreach (var document in Library.Search.Documents)
            {
                foreach (var mode in Enum.GetValues<TipCardMode>())
                {
                    cards.Add(TipCard.Build(TipView.From(document), texts, mode, "q1"));
                }
            }
            messages.AddRange(cards.Select(card => Post(Activity.CreateMessageActivity().Also(a => a.Attachments = [Turn.ToAttachment(card)]))));
            // A whole answer: intro text and three tip cards in one message.
            var answer = MessageFactory.Attachment(cards.Skip(4).Take(3).Select(Turn.ToAttachment), texts["tips.intro"]);
            answer.TextFormat = TextFormatTypes.Markdown;
            messages.Add(Post(answer));
        }
        messages.Add(Post(ChoicePromptOnSlack()));
        messages.Add(Post(SuggestedActions()));
        messages.Add(Post(Activity.CreateMessageActivity().Also(a => a.Attachments = [Turn.ToAttachment(KitchenSinkCard())])));
        messages.Add(Post(MessageFactory.Text(new string('a', 500) + " **vet** " + string.Concat(Enumerable.Repeat("woord ", 1500)))));

        Assert.True(messages.Count > 100, $"only {messages.Count} messages");
        Assert.All(messages, m => Assert.InRange(m["blocks"]!.AsArray().Count, 1, BlockKitLimits.BlocksPerMessage));
        await BlockKitChecker.AssertValidAsync(messages);
    }

    [Fact]
    public async Task TheCheckerReportsBrokenBlockKit()
    {
        var good = Post(MessageFactory.Text("hallo"));
        var broken = JsonNode.Parse("""
            {"channel":"C1","text":"x","blocks":[{"type":"section","text":{"type":"mrkdown","text":"x"}},
             {"type":"actions","elements":[{"type":"button","text":{"type":"mrkdwn","text":"x"},"action_id":"a","style":"positive"}]}]}
            """)!.AsObject();
        var result = await PeerScript.RunAsync("check-block-kit.js", new JsonArray(good, broken).ToJsonString(), timeoutSeconds: 180);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("mrkdown", result.Output);
        Assert.DoesNotContain("message 0:", result.Output);
    }

    [Fact]
    public void ExecuteButtonsCarryTheSameValueAsTheirSubmitFallback()
    {
        var texts = new LocalTexts(Catalog, "nl");
        var card = TipCard.Build(new TipView("t1", DocumentKind.Tip, "Titel", "Samenvatting", "Tekst", null, null, "https://example.org/tip"), texts, TipCardMode.Answer, "q1");
        var message = BlockKitMessage.From(Activity.CreateMessageActivity().Also(a => a.Attachments = [Turn.ToAttachment(card)]));
        var buttons = SlackPayloads.Buttons(new JsonObject { ["blocks"] = message.Blocks }).ToList();

        var fallbacks = card.ToJsonString() is var json ? JsonNode.Parse(json)! : null;
        var submitData = Descendants(fallbacks!).Where(o => (string?)o["type"] == "Action.Submit").Select(o => o["data"]!.ToJsonString()).ToList();
        var values = buttons.Where(b => b["value"] is not null).Select(b => JsonNode.Parse((string)b["value"]!)!.ToJsonString()).ToList();
        Assert.Equal(submitData.Count, values.Count);
        foreach (var data in submitData)
        {
            Assert.Contains(values, v => JsonNode.DeepEquals(JsonNode.Parse(v), JsonNode.Parse(data)));
        }
        var link = Assert.Single(buttons, b => b["url"] is not null);
        Assert.Equal("https://example.org/tip", (string?)link["url"]);
        Assert.Equal(buttons.Count, buttons.Select(b => (string?)b["action_id"]).Distinct().Count());
    }

    [Fact]
    public void MarkdownBecomesMrkdwnAndTextCannotInjectMarkup()
    {
        Assert.Equal("*vet* en _schuin_ en <https://example.org/a?b=1&amp;c=2|een link>", SlackMrkdwn.FromMarkdown("**vet** en _schuin_ en [een link](https://example.org/a?b=1&c=2)"));
        Assert.Equal("• een\n• twee", SlackMrkdwn.FromMarkdown("- een\n- twee"));

        // What a user or the library wrote, escaped for a card by CardMarkdown, shows as written and does nothing.
        var hostile = "<!channel> <@U123> *alles* _vet_ ~weg~ `code` & <https://evil.example|klik>";
        var shown = SlackMrkdwn.FromMarkdown(CardMarkdown.Escape(hostile));
        Assert.DoesNotContain("<", shown);
        Assert.DoesNotContain(">", shown);
        Assert.DoesNotContain("*", shown);
        Assert.DoesNotContain("~", shown);
        Assert.DoesNotContain("`", shown);
        Assert.Contains("&lt;!channel&gt;", shown);
        Assert.Contains("&amp;", shown);
        Assert.Equal(hostile, SlackMrkdwn.Plain(CardMarkdown.Escape(hostile)));

        // A link label cannot close the link early or add one of its own.
        var link = SlackMrkdwn.FromMarkdown("[a|b>c](https://example.org/x)");
        Assert.Equal("<https://example.org/x|a¦b&gt;c>", link);
        // Only web links become links.
        Assert.DoesNotContain("<javascript", SlackMrkdwn.FromMarkdown("[x](javascript:alert(1))"));
    }

    [Fact]
    public void SlackLimitsHold()
    {
        var blocks = new BlockKitBuilder();
        for (var i = 0; i < 30; i++)
        {
            blocks.Button(new string('k', 100) + i, SlackButton.Submit, "{}");
        }
        blocks.Section(string.Concat(Enumerable.Repeat("woord ", 1200)));
        for (var i = 0; i < 60; i++)
        {
            blocks.Context("regel " + i);
        }
        Assert.False(blocks.Button("te lang", SlackButton.Submit, new string('x', 2001)));

        var built = blocks.Build("…");
        Assert.Equal(BlockKitLimits.BlocksPerMessage, built.Count);
        var actions = built.OfType<JsonObject>().Where(b => (string?)b["type"] == "actions").ToList();
        Assert.Equal([25, 5], actions.Select(a => a["elements"]!.AsArray().Count));
        Assert.All(actions.SelectMany(a => a["elements"]!.AsArray()), b => Assert.True(((string)b!["text"]!["text"]!).Length <= BlockKitLimits.ButtonText));
        var sections = built.OfType<JsonObject>().Where(b => (string?)b["type"] == "section").ToList();
        Assert.Equal(3, sections.Count);
        Assert.All(sections, s => Assert.True(((string)s["text"]!["text"]!).Length <= BlockKitLimits.SectionText));
    }

    [Fact]
    public void WhatBlockKitCannotShowDegradesToText()
    {
        var message = BlockKitMessage.From(Activity.CreateMessageActivity().Also(a => a.Attachments = [Turn.ToAttachment(KitchenSinkCard())]));
        var json = message.Blocks.ToJsonString();
        Assert.Contains("Wie helpt je?", json);          // unknown element with text
        Assert.Contains("Organisatie", json);            // FactSet title as a field
        Assert.Contains("Gemeente Voorbeeld", json);     // FactSet value
        Assert.Contains("In een kolom", json);           // ColumnSet flattened
        Assert.Contains("Wat is je e-mailadres?", json); // Input.Text label as context
        Assert.Contains("Meer details", json);           // ShowCard shown inline
        var choices = SlackPayloads.Buttons(new JsonObject { ["blocks"] = message.Blocks })
            .Where(b => ((string?)b["value"])?.Contains("\"phase\"", StringComparison.Ordinal) == true)
            .Select(b => JsonNode.Parse((string)b["value"]!)!)
            .ToList();
        Assert.Equal(["verkennen", "plan"], choices.Select(c => (string?)c["phase"]));
        Assert.All(choices, c => Assert.Equal("intake-answer", (string?)c["verb"]));
        Assert.DoesNotContain("Verstuur", json);          // the bare submit of the choice set is replaced by its choices
    }

    [Fact]
    public void HeroCardButtonsSayTheirValue()
    {
        var message = BlockKitMessage.From(ChoicePromptOnSlack());
        var buttons = SlackPayloads.Buttons(new JsonObject { ["blocks"] = message.Blocks }).ToList();
        Assert.Equal(["Gemeente", "Provincie"], buttons.Select(b => (string?)b["value"]));
        Assert.All(buttons, b => Assert.Equal(SlackButton.Say, SlackButton.KindOf((string?)b["action_id"])));
        Assert.Contains("Bij wat voor organisatie werk je?", message.Blocks.ToJsonString());
    }

    private static JsonObject Post(IMessageActivity activity)
    {
        var message = BlockKitMessage.From(activity);
        var body = message.ToArguments("C0TEST");
        body["thread_ts"] = "1700000000.000100";
        return body;
    }

    /// <summary>How the intake's choice prompts look on Slack: a hero card with imBack buttons.</summary>
    private static IMessageActivity ChoicePromptOnSlack() =>
        MessageFactory.Attachment(new HeroCard
        {
            Text = "Bij wat voor organisatie werk je?",
            Buttons = [new CardAction(ActionTypes.ImBack, "Gemeente", value: "Gemeente"), new CardAction(ActionTypes.ImBack, "Provincie", value: "Provincie")],
        }.ToAttachment());

    private static IMessageActivity SuggestedActions()
    {
        var message = MessageFactory.Text("Kies maar:");
        message.SuggestedActions = new SuggestedActions
        {
            Actions = [new CardAction(ActionTypes.ImBack, "Ja", value: "ja"), new CardAction(ActionTypes.OpenUrl, "Site", value: "https://example.org")],
        };
        return message;
    }

    /// <summary>Everything an Adaptive Card can hold that our own cards do not use (yet).</summary>
    private static JsonObject KitchenSinkCard() => JsonNode.Parse("""
        {
          "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Je aanvraag", "size": "Large", "weight": "Bolder" },
            { "type": "FactSet", "facts": [ { "title": "Organisatie", "value": "Gemeente Voorbeeld" }, { "title": "Fase", "value": "verkennen" } ] },
            { "type": "ColumnSet", "columns": [ { "type": "Column", "items": [ { "type": "TextBlock", "text": "In een kolom" } ] },
                                                { "type": "Column", "items": [ { "type": "Image", "url": "https://example.org/a.png", "altText": "plaatje" } ] } ] },
            { "type": "Container", "items": [ { "type": "TextBlock", "text": "Klein", "isSubtle": true } ] },
            { "type": "Input.ChoiceSet", "id": "phase", "label": "In welke fase zit je?", "choices": [ { "title": "Verkennen", "value": "verkennen" }, { "title": "Plan", "value": "plan" } ] },
            { "type": "Input.Text", "id": "email", "label": "Wat is je e-mailadres?" },
            { "type": "Table", "text": "Wie helpt je?" },
            { "type": "TextBlock", "text": "verborgen", "isVisible": false }
          ],
          "actions": [
            { "type": "Action.Submit", "title": "Verstuur", "data": { "verb": "intake-answer" } },
            { "type": "Action.ShowCard", "title": "Meer details", "card": { "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "Details" } ] } },
            { "type": "Action.ToggleVisibility", "title": "Toon" },
            { "type": "Action.Submit", "title": "Zeg hallo", "data": "hallo" }
          ]
        }
        """)!.AsObject();

    private static IEnumerable<JsonObject> Descendants(JsonNode node) =>
        node switch
        {
            JsonObject o => new[] { o }.Concat(o.SelectMany(p => p.Value is null ? [] : Descendants(p.Value))),
            JsonArray a => a.SelectMany(c => c is null ? [] : Descendants(c)),
            _ => [],
        };
}

internal static class ActivityExtensions
{
    public static IMessageActivity Also(this IMessageActivity activity, Action<IMessageActivity> change)
    {
        change(activity);
        return activity;
    }
}

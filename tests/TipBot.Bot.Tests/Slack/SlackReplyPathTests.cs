using System.Net;
using System.Text.Json.Nodes;
using TipBot.Bot.Slack;

namespace TipBot.Bot.Tests.Slack;

/// <summary>
/// Where and in which language Slack answers go: through the command's response_url when the bot is not in the
/// channel, and in the language Slack says the user reads (users.info with include_locale) instead of Slack:Locale.
/// </summary>
public class SlackReplyPathTests(SlackTestHost host) : IClassFixture<SlackTestHost>
{
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task SlashTipInAChannelTheBotIsNotInIsAnsweredThroughTheResponseUrl()
    {
        host.Slack.NotInChannel["C0NOTIN"] = true;
        var response = await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/tip", "boze inwoners", channel: "C0NOTIN", user: "U0NOTIN"), Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var answer = (await host.Slack.WaitForCallsAsync("abc", 1, c => c.Url.AbsoluteUri == SlackPayloads.CommandResponseUrl)).Single().Body;
        Assert.Equal("ephemeral", (string?)answer["response_type"]);
        Assert.Null(answer["channel"]);
        Assert.Contains(answer["blocks"]!.AsArray(), b => (string?)b!["type"] == "header");
        // chat.postMessage was tried first and refused; nothing else was posted in that channel.
        Assert.Single(host.Slack.Calls, c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0NOTIN");
        await BlockKitChecker.AssertValidAsync([answer]);
    }

    [Fact]
    public async Task AnAnswerPostedInAChannelDoesNotAlsoGoToTheResponseUrl()
    {
        var before = host.Slack.Responses.Count();
        await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/tip", "boze inwoners", channel: "C0MEMBER", user: "U0MEMBER"), Form);
        await host.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == "C0MEMBER");
        await Task.Delay(300);
        Assert.Equal(before, host.Slack.Responses.Count());
    }

    [Fact]
    public async Task TheBotSpeaksTheLanguageSlackSaysTheUserReadsAndAsksOnlyOnce()
    {
        host.Slack.Locales["U0ENGLISH"] = "en-US";
        await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/coach", "", channel: "D0ENGLISH", user: "U0ENGLISH"), Form);
        var english = await host.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == "D0ENGLISH");
        Assert.Contains("Great that you", english[0].Body.ToJsonString(), StringComparison.Ordinal);
        var lookup = Assert.Single(host.Slack.Calls, c => c.Method == "users.info" && (string?)c.Body["user"] == "U0ENGLISH");
        Assert.Equal("true", (string?)lookup.Body["include_locale"]);
        Assert.Equal("Bearer xoxb-test-token", lookup.Authorization);

        // A user Slack gives no locale for (no users:read scope, say) gets Slack:Locale, Dutch here.
        await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/coach", "", channel: "D0DUTCH", user: "U0DUTCH"), Form);
        var dutch = await host.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == "D0DUTCH");
        Assert.Contains("coach", dutch[0].Body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Great that you", dutch[0].Body.ToJsonString(), StringComparison.Ordinal);

        // The next message of the same user is answered in English without asking Slack again.
        await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/tip", "boze inwoners", channel: "D0ENGLISH", user: "U0ENGLISH"), Form);
        await host.Slack.WaitForPostsAsync(3, p => (string?)p.Body["channel"] == "D0ENGLISH");
        Assert.Single(host.Slack.Calls, c => c.Method == "users.info" && (string?)c.Body["user"] == "U0ENGLISH");
        await BlockKitChecker.AssertValidAsync(english.Select(p => p.Body).Concat(dutch.Select(p => p.Body)));
    }

    [Fact]
    public async Task ADutchUserWhoseSlackIsInEnglishCanSwitchToDutch()
    {
        // Slack offers no Dutch interface, so a Dutch civil servant's Slack says en-US.
        host.Slack.Locales["U0NEDERLANDS"] = "en-US";
        await host.PostSignedAsync(SlackEndpoints.Events, SlackPayloads.DirectMessage("Ev0TAAL1", "D0TAAL", "1700000600.000100", "Nederlands", user: "U0NEDERLANDS"), "application/json");
        var set = await host.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == "D0TAAL");
        Assert.Contains("vanaf nu praat ik Nederlands met je", set[0].Body.ToJsonString(), StringComparison.Ordinal);

        await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/tip", "boze inwoners", channel: "D0TAAL", user: "U0NEDERLANDS"), Form);
        var answer = await host.Slack.WaitForPostsAsync(2, p => (string?)p.Body["channel"] == "D0TAAL");
        Assert.Contains("Dit vond ik voor je", answer[1].Body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Here is what I found", answer[1].Body.ToJsonString(), StringComparison.Ordinal);
        await BlockKitChecker.AssertValidAsync(answer.Select(p => p.Body));
    }

    [Fact]
    public void ALocaleInTheRequestIsUsedWithoutAskingSlack()
    {
        var button = new JsonObject { ["action_id"] = SlackButton.ActionId(SlackButton.Say, 0), ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Help" }, ["value"] = "help" };
        var form = SlackPayloads.BlockAction(button, "D0LOCALE", "1700000500.000100");
        var payload = JsonNode.Parse(Uri.UnescapeDataString(form["payload=".Length..].Replace('+', ' ')))!.AsObject();
        payload["user"]!["locale"] = "en-GB";

        var activity = SlackActivities.FromBlockAction(payload, new SlackOptions { Locale = "nl-NL" })!;

        Assert.Equal("en-GB", activity.Locale);
        Assert.True(SlackOrigin.Of(activity).LocaleFromRequest);
    }
}

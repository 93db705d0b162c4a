using TipBot.Bot.Conversation.Handlers;

namespace TipBot.Bot.Conversation;

/// <summary>
/// Every way into TipBot, one line each, first match wins. Adding a feature is a line here and a handler file in
/// Handlers/. Card buttons are Action.Execute with an Action.Submit fallback: both reach the same Action line.
/// </summary>
public static class Routes
{
    public static void Map(RouteTable on)
    {
        on.MembersAdded<Welcome>();                                          // conversationUpdate: greet once

        on.Message<ContinueIntake>(ContinueIntake.OwnsTurnAsync);            // a running intake gets its turns first
        on.CardSubmit();                                                     // Action.Submit: route by the verb in its value
        on.Message<Help>(Said("help", "hulp", "?", ""));                     // "" is a bare @mention
        on.Message<Topics>(Said("onderwerpen", "onderwerp", "topics", "topic"));
        on.Message<AskCoach>(Said("coach", "intake", "ik wil een coach", "i want a coach", "vraag een coach", "ask a coach"));
        on.Message<ForgetMyData>(ForgetMyData.Matches);                      // "verwijder mijn gegevens": after a yes
        on.Message<SetLanguage>(SetLanguage.Matches);                        // "English", "Nederlands"
        on.Message<SetFilter>(turn => Tips.AudienceFilter.IsCommand(turn.Text)); // "voor leidinggevenden", "alle tips"
        on.Message<SearchTips>(_ => true);                                   // anything else is a question

        on.Action<Feedback>("feedback");                                     // "Nuttig" / "Niet nuttig"
        on.Action<MoreLikeThis>("more-like-this");
        on.Action<AskCoach>("ask-coach");                                    // "Vraag een coach"
        on.Action<Help>("help");
        on.Action<CoachingRequestAction>("claim");                           // "Oppakken" on a request card
        on.Action<CoachingRequestAction>("complete");                        // "Afronden"
        on.Action<Topics>("topics");
        on.Action<Browse>("browse");                                         // a topic or perspective button

        on.Invoke<TipSearchExtension>("composeExtension/query");             // Teams' "Zoek een tip" search box
    }

    private static Func<Turn, bool> Said(params string[] words) =>
        turn => words.Contains(turn.Command, StringComparer.OrdinalIgnoreCase);
}

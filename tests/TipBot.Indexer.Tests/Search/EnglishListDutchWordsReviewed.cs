namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// The keys of the built-in English list that <see cref="EnglishListDutchWordTests"/> finds as Dutch words, reviewed one by
/// one (2026-11-27) and kept, each with its reason. Written as the engine stems them ("cultur", "kep in the lop"). A key
/// whose Dutch sense widened a Dutch question to another topic or dropped its word was taken out of the list instead
/// (docs/eval.md, "the English list's keys against the Dutch word list").
/// </summary>
internal static class EnglishListDutchWordsReviewed
{
    private const string SameSense =
        "a loanword Dutch uses in the same sense: its line keeps it or maps it to Dutch words of that sense, so a Dutch question gains its synonyms, not another topic";

    private const string RareInDutch =
        "an English word the Dutch list holds as a rare loan, or whose stem only a rare Dutch word shares (rul, made, list, tol, tree, bikken, porren, hom, kid, dar, tres, smoking, spoken): a Dutch question seldom types it";

    private const string Phrase =
        "a phrase: each word is Dutch on its own, but a Dutch question types them in this order only as the loan of the same sense (\"project plan\", \"up to date\") or not at all";

    public static readonly Dictionary<string, string> Keys = Build(
        (SameSense,
        [
            "client", "coaching", "email", "mail", "engagement", "district", "research", "interview", "test", "pilot", "design",
            "workshop", "training", "plan", "project", "program", "checklist", "complex", "barrier", "cultur", "later", "register",
            "document", "parking", "problem", "help", "signal", "gender", "migrant", "immigrant", "flyer", "web", "ombudsman",
            "respon", "journalist", "handicap", "chat", "chatbot", "app", "checkbox", "receptionist", "whatsapp", "conflict",
            "sparring", "shock", "mailing", "participant", "trainer", "coordinator", "dashboard", "target", "effect", "compliment",
            "benchmark", "brainstorm", "moderator", "expert", "mediator", "system", "instrument", "api", "crm", "ai", "experiment",
            "tender", "compromis", "hospital", "person", "shop", "regulator", "meeting", "dialog", "integral", "disput",
            "directorat", "infrastructur", "mandat", "delegat", "coordinat",
            "racist", "stalking", "stalker",
        ]),
        (RareInDutch,
        [
            "resident", "supervisor", "administrator", "counter", "rul", "backing", "mad", "list", "wording", "reply", "short",
            "saf", "handles", "hom", "tenant", "wast", "car", "kid", "por", "interpreter", "sit", "employee", "yell", "insult",
            "skim", "bold", "gut", "dar", "pensioner", "human", "ruling", "assessor", "funding", "goal", "risk", "tol", "automat",
            "consent", "tackles", "invit", "edit", "tres", "tree", "bik", "motorist", "claimant", "smoking", "wedding", "spok", "nur",
        ]),
        ("Dutch \"letter\" is also a character of a text; the line keeps \"letter\" and adds \"brief\", and a Dutch question about letters of a text is about writing, the list's topic",
            ["letter"]),
        ("the Dutch verb of this stem, \"laten\", is a stop word read as written (StopWordMarkFilter); the noun \"lat\" is rare in a question",
            ["lat"]),
        ("Dutch \"figuur\" (a shape, a figure of a report) is rare in a question; the line's sense is English \"figures\", numbers",
            ["figur"]),
        ("Dutch \"dik\" (thick) is a false friend of \"dike\": a Dutch question's \"dikke\" is read as \"dijk\"; kept, since the English word is the water boards' own and leaving it out refused an answerable English question (docs/eval.md)",
            ["dik"]),
        ("Dutch \"normaal\" is \"gewoon\", what the line maps it to", ["normal"]),
        ("Dutch \"doctor\" is the academic title, rare in a question", ["doctor"]),
        ("Dutch \"link\" is the same web link; \"links\" (left) keeps itself on the line's right and gains \"linkteksten\" only", ["link"]),
        (Phrase,
        [
            "front lin", "water board", "contact center", "co design", "job los", "hom car", "ring back", "kep up to dat", "liv chat",
            "resident panel", "model letter", "red tap", "walk in", "los temper", "lost temper", "break up", "split up", "lost job",
            "coaching on the job", "on the job coaching", "test panel", "shop flor", "mas mailing", "bulk mailing", "second lin",
            "contact center agent", "budget coaching", "water level", "sport club", "car coordinator", "singl plan", "push back",
            "go liv", "ticket system", "contact moment", "lop back", "get back to", "no respon", "design system", "lok back",
            "it system", "back end system", "end to end", "project board", "mind set", "stand up", "mak arrangement", "job ad",
            "respon rat", "ab test", "split test", "up to dat", "project sponsor", "project plan", "mak it last", "long term",
            "short term", "succes factor", "slow proces", "no show", "open mind", "contact person", "in person", "non verbal",
            "bad pres", "kep in the lop", "lop in", "looping in", "get on board", "win over", "winning over", "dep div",
            "kep it short", "go wrong", "gon wrong", "water system", "dik ward", "wet basement", "building plan",
            "building project", "building sit", "bik lan", "non tak up", "lat fes", "car hom", "hom help", "saf at hom",
            "joint arrangement", "computer literat", "resident meeting", "infrastructur project", "meeting format", "gas fres",
            "budget adviser", "illegal dumping", "last nam", "contact arrangement", "trad register", "market stall", "go bust",
            "district nur", "mak end met", "hard up", "legal help", "passer bie",
        ]));

    private static Dictionary<string, string> Build(params (string Reason, string[] Keys)[] groups)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (reason, group) in groups)
        {
            foreach (var key in group) keys.Add(key, reason);
        }
        return keys;
    }
}

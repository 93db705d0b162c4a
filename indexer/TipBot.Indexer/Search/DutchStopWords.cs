using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using LuceneDutchAnalyzer = Lucene.Net.Analysis.Nl.DutchAnalyzer;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>Words that carry no topic: Dutch function words, question words users type, and English ones for English questions.</summary>
public static class DutchStopWords
{
    // Users ask questions; these words appear in almost every one and in no tip's topic.
    private static readonly string[] QuestionWords =
    [
        "hoe", "wat", "welke", "welk", "waarom", "wanneer", "waar", "wie", "waarmee", "waardoor",
        "ik", "jij", "je", "jou", "jouw", "we", "wij", "onze", "ons", "mijn", "m'n", "mij",
        "kun", "kunt", "kan", "kunnen", "moet", "moeten", "mag", "wil", "wilt", "willen",
        "graag", "iets", "even", "eigenlijk", "zoek", "zoeken", "krijg", "tip", "tips",
        "doe", "doen", "gaat", "gaan", "ga", "er", "eens", "best", "beste", "daar", "dit", "deze",
        "zo", "nou", "toch", "heel", "erg", "echt", "ben", "bent", "zijn", "is", "hebt", "heb",
        "hoeveel", "hoelang", "hierbij", "daarbij", "zodat", "omdat", "terwijl", "waarbij", "welke",
        // Fillers of spoken questions and stories: how often, how well, who all. They carry no topic but,
        // being rare in tips, would otherwise weigh as much as the words a question is about.
        "weet", "weten", "vind", "vindt", "vinden", "snap", "steeds", "altijd", "vaak", "soms", "allemaal",
        "iedereen", "elk", "elke", "daarna", "daarvoor", "vooral", "sinds", "bijna", "precies", "gewoon",
        "zeker", "natuurlijk", "misschien", "ongeveer", "behoorlijk", "best", "goed", "beter", "anders",
        "erbij", "eruit", "ermee", "erover", "daarmee", "daarover", "hierover", "lukt", "lukken", "doet",
        "komt", "komen", "zit", "zitten", "staat", "laat", "laten", "gaan", "pak", "pakken", "krijgt",
        "krijgen", "willen", "wilde", "zouden", "hebben", "heeft", "word", "wordt", "worden", "weer",
        "nogal", "wel", "af", "hele", "helemaal", "enzovoort", "bijvoorbeeld", "etc",
        // Greetings and politeness around a question, and the request for advice itself (as "tips" above).
        "hallo", "hoi", "hey", "goedemorgen", "goedemiddag", "goedenavond", "groet", "groeten", "groetjes",
        "bedankt", "dank", "dankjewel", "alvast", "alstublieft", "aub", "svp", "advies", "adviezen", "bezig",
        // Adverbs of time, degree and discourse: how long, how much, how it connects, never what it is about.
        "nooit", "ooit", "allang", "meestal", "zelden", "telkens", "straks", "inmiddels", "tegenwoordig", "net", "pas",
        "enorm", "ontzettend", "zeer", "super", "vreselijk", "beetje", "echter", "namelijk", "trouwens", "overigens",
        "daarom", "hierdoor", "hiervoor", "hiermee", "waarvoor", "daardoor", "ergens", "wellicht", "waarschijnlijk",
        "blijkbaar", "kennelijk", "niemand", "opnieuw", "volgende",
        // Conjunctions that join the clauses of a told situation ("nadat", "zodra", "zolang", as "omdat", "zodat" and "terwijl"
        // above), and "ipv" ("in plaats van", three stop words). A question word the library does not use weighs as the rarest
        // of all, so "... nadat ze hebben meegedacht" was judged by a word that says when, not what (docs/eval.md, h/refuse).
        "nadat", "totdat", "zodra", "hoewel", "tenzij", "mits", "zolang", "ofschoon", "alvorens", "ipv",
        // The spoken and chat spellings of function words on this list, as "m'n" for "mijn": "'t" (het; the tokenizer leaves "t"),
        // "ie" (hij: "zegt ie"), "z'n" and "zn" (zijn), "mn" (mijn), "d'r" (haar, er), "ff" and "effe" (even), "zoiets" (zo iets).
        // Typed in a chat they are as empty as the words they stand for, and as words the library does not use they weighed as its
        // rarest (docs/eval.md, h/refuse2). Not "niks" (niets): lines of everyday-words.txt are written with it ("niks mee gedaan"),
        // which would shrink to their other words ("mee").
        "t", "ie", "z'n", "zn", "mn", "d'r", "ff", "effe", "zoiets",
        // Chat abbreviations of stop words and of phrases of them: "mss" (misschien), "wss" (waarschijnlijk), "ivm" (in verband
        // met), "mbt" (met betrekking tot), "iig" (in ieder geval), "idd" (inderdaad), "evt" (eventueel), "ofzo", "enzo" (of zo,
        // en zo), "oid" (of iets dergelijks). Words the library does not use weigh as its rarest, as "ff" did.
        "mss", "wss", "ivm", "mbt", "iig", "idd", "evt", "ofzo", "enzo", "oid",
        // Auxiliary and thinking verbs in the past tense of a story ("we dachten dat we mochten ...").
        "denk", "denken", "dacht", "dachten", "kon", "konden", "moest", "moesten",
        "ging", "gingen", "kwam", "kwamen", "hadden", "werden", "gehad", "gedaan", "gegaan", "gekomen", "geworden",
        "please", "how", "what", "which", "why", "when", "where", "who", "whom", "whose",
        "i", "me", "my", "mine", "myself", "we", "our", "ours", "us", "you", "your", "yours", "he", "him", "his",
        "she", "her", "its", "they", "them", "their", "theirs", "this", "that", "these", "those",
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "doing", "done", "can", "could", "should", "would", "will", "shall", "may", "might", "must",
        "get", "gets", "got", "some", "any", "about", "from", "more", "most", "much", "many", "very", "too", "also",
        "before", "after", "again", "just", "only", "own", "same", "than", "so", "up", "down", "out", "over", "under",
        "all", "each", "both", "other", "others", "another", "here", "there", "then", "once", "because", "while",
        "into", "onto", "through", "during", "without", "within", "between", "against", "off", "until",
        "someone", "something", "anyone", "anything", "everyone", "everything", "way", "ways", "really",
        // English contractions (one token each: "don't") and the adverbs and joining words of a typed English question.
        "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "can't", "cant", "cannot", "won't", "wouldn't",
        "shouldn't", "couldn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't",
        "i'm", "i've", "i'd", "i'll", "you're", "you've", "we're", "we've", "we'll", "they're", "they've",
        "instead", "already", "actually", "barely", "hardly", "yet", "still", "quite", "rather", "whether", "though",
        "although", "across", "among", "around", "toward", "towards", "upon", "thing", "things", "stuff", "anyway",
        "wants", "wanted", "advice", "suggestion", "suggestions",
        // "Need" as "want" (a Dutch stop word) and "wants": what the asker lacks, said of the thing named next to it ("before you
        // need them", "do we need ..."); "needs" stays a word of the English list's phrases ("special needs"), which a question keeps.
        "need", "needed",
    ];

    /// <summary>The unstemmed list (lower-case, accent-folded).</summary>
    public static IReadOnlyCollection<string> Words { get; } = BuildWords();

    /// <summary>
    /// The same words for a stop filter before the stemmer. Matched as written, not as stemmed: stemmed, "same"
    /// (English) took "samen", "over" took "overheid", "men" took "mens" and "met" took "meten", so those content
    /// words could never be searched.
    /// </summary>
    public static CharArraySet Surface { get; } = BuildSurface();

    private static HashSet<string> BuildWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in LuceneDutchAnalyzer.DefaultStopSet) words.Add(Text(w));
        foreach (var w in StopAnalyzer.ENGLISH_STOP_WORDS_SET) words.Add(Text(w));
        foreach (var w in QuestionWords) words.Add(w);
        return words;
    }

    private static CharArraySet BuildSurface()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 512, false);
        foreach (var w in Words) set.Add(w);
        return set.AsReadOnly();
    }

    private static string Text(object o) => o is char[] c ? new string(c) : o.ToString() ?? "";
}

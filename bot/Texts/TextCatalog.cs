using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace TipBot.Bot.Texts;

/// <summary>
/// Every user-facing sentence, one JSON file per language (bot/Texts/nl.json, en.json), so a
/// communication advisor can review the tone in one place. Dutch is the default; English for "en*" locales.
/// </summary>
public sealed class TextCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    public TextCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
    {
        _byLanguage = byLanguage.ToFrozenDictionary(
            l => l.Key,
            l => l.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
        if (!_byLanguage.ContainsKey("nl"))
        {
            throw new ArgumentException("The Dutch texts (nl) are required.", nameof(byLanguage));
        }
    }

    /// <summary>Loads nl.json and en.json embedded in this assembly.</summary>
    public static TextCatalog LoadEmbedded()
    {
        var assembly = typeof(TextCatalog).Assembly;
        var languages = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var language in new[] { "nl", "en" })
        {
            using var stream = assembly.GetManifestResourceStream($"TipBot.Bot.Texts.{language}.json")
                ?? throw new InvalidOperationException($"Embedded texts for '{language}' are missing.");
            languages[language] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Texts for '{language}' are empty.");
        }
        return new TextCatalog(languages);
    }

    /// <summary>"en", "en-US", "en-GB" give English; anything else (or nothing) gives Dutch.</summary>
    public static string LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "nl";

    /// <summary>The locale TipBot sets on a turn when the user chose <paramref name="language"/> ("nl" or "en").</summary>
    public static string LocaleOf(string language) => language == "en" ? "en-US" : "nl-NL";

    /// <summary>The text for <paramref name="key"/> in the user's language, with {0}-style arguments filled in.</summary>
    public string Get(string? locale, string key, params object?[] args)
    {
        var language = LanguageOf(locale);
        if (!(_byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text))
            && !_byLanguage["nl"].TryGetValue(key, out text))
        {
            throw new KeyNotFoundException($"No text '{key}' for language '{language}'.");
        }
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    /// <summary>Every key per language, for the test that both languages have the same keys.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> Keys =>
        _byLanguage.ToDictionary(l => l.Key, l => (IReadOnlyCollection<string>)l.Value.Keys);
}

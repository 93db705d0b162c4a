namespace TipBot.Bot.Texts;

/// <summary>The text catalog in one user's language, so cards and handlers need not pass the locale around.</summary>
public readonly record struct LocalTexts(TextCatalog Catalog, string? Locale)
{
    public string this[string key] => Catalog.Get(Locale, key);

    public string Get(string key, params object?[] args) => Catalog.Get(Locale, key, args);

    public string Language => TextCatalog.LanguageOf(Locale);
}

namespace TipBot.Indexer.Search;

/// <summary>One analysed token of a snippet sentence: the indexed term and where it stands in the sentence.</summary>
public readonly record struct SnippetToken(string Term, int Start, int End);

/// <summary>A section's sentences with their tokens (<see cref="SnippetBuilder.Analyse"/>); immutable, so one can serve every search.</summary>
public sealed record SnippetSource(IReadOnlyList<string> Sentences, IReadOnlyList<SnippetToken[]> Tokens);

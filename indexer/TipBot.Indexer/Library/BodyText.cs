namespace TipBot.Indexer.Library;

/// <summary>A file's body as a document keeps it, and the text its Markdown is read from with that text's first file line (<see cref="FrontMatter.Body"/>).</summary>
internal readonly record struct BodyText(string Trimmed, string Markdown, int MarkdownFirstLine);

using System.Text.Json;
using System.Text.Json.Serialization;
using Lucene.Net.Store;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// An index on disk: generation folders side by side under one root and a CURRENT file naming the live one.
/// A build writes a fresh generation and then replaces CURRENT by an atomic rename, so readers
/// always see a complete index; a failed build removes its half-written folder and leaves CURRENT alone.
/// </summary>
public static class IndexStore
{
    public const string CurrentFile = "CURRENT";
    private const string GenerationPrefix = "gen-";
    private const string LuceneFolder = "lucene";
    private const string DocumentsFile = "documents.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Builds a new generation under <paramref name="root"/> and makes it current; returns its folder.</summary>
    public static string Publish(string root, IReadOnlyList<KnowledgeDocument> documents, string? synonymsText, string? englishText, SearchResources resources)
    {
        System.IO.Directory.CreateDirectory(root);
        var name = $"{GenerationPrefix}{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}";
        var generation = Path.Combine(root, name);
        try
        {
            System.IO.Directory.CreateDirectory(generation);
            // documents.json is written on its own thread while the index is: the two do not depend on each other,
            // and the serial JSON pass after the index was a visible part of a build's wall time.
            var documentsWritten = Task.Factory.StartNew(() => WriteDocuments(generation, documents),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                using var dir = FSDirectory.Open(Path.Combine(generation, LuceneFolder));
                IndexBuilder.Write(dir, documents, resources);
            }
            finally
            {
                // A failed index must not delete the generation under a file still being written.
                SearchResources.WaitQuietly(documentsWritten);
            }
            documentsWritten.GetAwaiter().GetResult();
            if (synonymsText is not null) File.WriteAllText(Path.Combine(generation, SearchResources.SynonymsFile), synonymsText);
            if (englishText is not null) File.WriteAllText(Path.Combine(generation, SearchResources.EnglishFile), englishText);

            var temp = Path.Combine(root, CurrentFile + ".tmp-" + Guid.NewGuid().ToString("N")[..6]);
            File.WriteAllText(temp, name);
            File.Move(temp, Path.Combine(root, CurrentFile), overwrite: true);
        }
        catch
        {
            TryDelete(generation);
            throw;
        }
        CleanUp(root, keep: name);
        return generation;
    }

    // Streamed: as one string the whole library's JSON was the build's largest allocation (GBs at 100,000 tips).
    private static void WriteDocuments(string generation, IReadOnlyList<KnowledgeDocument> documents)
    {
        using var file = File.Create(Path.Combine(generation, DocumentsFile));
        JsonSerializer.Serialize(file, documents, Json);
    }

    /// <summary>The live generation folder, or null when nothing was ever published there.</summary>
    public static string? Current(string root)
    {
        var pointer = Path.Combine(root, CurrentFile);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        var path = Path.Combine(root, name);
        return name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && System.IO.Directory.Exists(path) ? path : null;
    }

    /// <summary>Opens the live generation of an index folder written by <see cref="Publish"/>.</summary>
    public static TipSearchEngine Open(string root)
    {
        var generation = Current(root) ?? throw new DirectoryNotFoundException($"no index in {root} (run build first)");
        List<KnowledgeDocument> documents;
        using (var file = File.OpenRead(Path.Combine(generation, DocumentsFile)))
        {
            documents = JsonSerializer.Deserialize<List<KnowledgeDocument>>(file, Json) ?? [];
        }
        var (synonyms, english) = SearchResources.ListsIn(generation);
        var resources = SearchResources.ForLibrary(documents, synonyms, english, new List<Diagnostic>());
        return Open(generation, documents, resources);
    }

    /// <summary>Opens a generation just published by this process, reusing its documents and resources instead of reading them back.</summary>
    /// <remarks>
    /// The generation's files are read once into memory and searched there. Lucene.Net's memory-mapped inputs take and
    /// release a handle reference for every byte they read, which was a seventh of a question's CPU at 10,000 tips
    /// (docs/benchmarks.md, "searched from memory"); a published generation never changes, so the copy is exact, and the
    /// files stay the durable index that CURRENT swaps atomically. The copy costs the index's size in memory, in place
    /// of the mapped pages a warm searcher would hold anyway.
    /// </remarks>
    public static TipSearchEngine Open(string generation, IReadOnlyList<KnowledgeDocument> documents, SearchResources resources, int resultCacheSize = TipSearchEngine.DefaultResultCacheSize,
        RankingOptions? options = null)
    {
        RAMDirectory dir;
        using (var files = FSDirectory.Open(Path.Combine(generation, LuceneFolder)))
        {
            dir = new RAMDirectory(files, IOContext.READ_ONCE);
        }
        return new TipSearchEngine(new IndexSnapshot(dir, documents, resources, ownsDirectory: true), options, resultCacheSize);
    }

    /// <summary>Removes every generation but <paramref name="keep"/>, and stale temporary files; errors are ignored (another reader may hold files).</summary>
    public static void CleanUp(string root, string keep)
    {
        foreach (var dir in System.IO.Directory.EnumerateDirectories(root, GenerationPrefix + "*"))
        {
            if (Path.GetFileName(dir) != keep) TryDelete(dir);
        }
        foreach (var file in System.IO.Directory.EnumerateFiles(root, CurrentFile + ".tmp-*"))
        {
            try { File.Delete(file); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (System.IO.Directory.Exists(dir)) System.IO.Directory.Delete(dir, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

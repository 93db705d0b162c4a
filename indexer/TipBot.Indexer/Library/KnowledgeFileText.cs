using System.Buffers;
using System.Text;

namespace TipBot.Indexer.Library;

/// <summary>Reads a knowledge file's text as <see cref="File.ReadAllText(string)"/> does, with one string and no other allocation for a UTF-8 file.</summary>
/// <remarks>
/// <see cref="File.ReadAllText(string)"/> goes through a stream reader that allocates a byte buffer, a character buffer
/// and a string builder's chunks per file (~22 KB for a 3 KB tip, most of what loading a library allocated). Here the
/// bytes go into a pooled buffer and are decoded once: UTF-8 with its byte-order mark dropped and invalid bytes as
/// U+FFFD, as the reader does. A UTF-16 or UTF-32 byte-order mark (the reader's other encodings) is left to
/// <see cref="File.ReadAllText(string)"/>.
/// </remarks>
internal static class KnowledgeFileText
{
    // Larger files are read by the stream reader, which does not need the whole file in one buffer.
    private const int MaxPooledBytes = 1 << 24;

    public static string Read(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(file);
        if (length > MaxPooledBytes)
            return File.ReadAllText(path);

        var buffer = ArrayPool<byte>.Shared.Rent((int)length + 1);
        try
        {
            // Read to the end rather than to the length measured above, which a file being written may outgrow.
            var count = 0;
            int read;
            while ((read = RandomAccess.Read(file, buffer.AsSpan(count), count)) > 0)
            {
                count += read;
                if (count == buffer.Length)
                    return File.ReadAllText(path);
            }

            var bytes = buffer.AsSpan(0, count);
            if (HasUnicodeByteOrderMark(bytes))
                return File.ReadAllText(path);
            return Encoding.UTF8.GetString(bytes.StartsWith(Utf8ByteOrderMark) ? bytes[Utf8ByteOrderMark.Length..] : bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    // UTF-16 big or little endian (little-endian UTF-32 starts the same way) and big-endian UTF-32.
    private static bool HasUnicodeByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
}

using System.Text;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests.Library;

/// <summary><see cref="KnowledgeFileText.Read"/> gives the text <see cref="File.ReadAllText(string)"/> gives, whatever the bytes.</summary>
public class KnowledgeFileTextTests
{
    public static TheoryData<byte[]> Files() =>
    [
        [],
        [0x41],
        [0xEF],
        [0xEF, 0xBB],
        [0xEF, 0xBB, 0xBF],
        [0xEF, 0xBB, 0xBF, 0x41, 0x0A],
        [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x41],
        [0xFE, 0xFF, 0x00, 0x41],
        [0xFF, 0xFE, 0x41, 0x00],
        [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00],
        [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41],
        [0x41, 0xC3, 0x28, 0xE2, 0x82],
        [0xED, 0xA0, 0x80, 0x41],
        [0xC0, 0xAF, 0xF8, 0x80, 0x80, 0x80, 0x80, 0x41],
        [0xF0, 0x9F, 0x98, 0x80, 0x0D, 0x0A],
        Encoding.UTF8.GetBytes("---\r\ntitle: é ü ñ ß ‘x’\n---\nTekst\u2028meer"),
        Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\ntitle: T\n---\n")).ToArray(),
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadsWhatReadAllTextReads(byte[] bytes)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "f.md");
        File.WriteAllBytes(path, bytes);
        Assert.Equal(File.ReadAllText(path), KnowledgeFileText.Read(path));
    }

    [Fact]
    public void ReadsRandomBytesAsReadAllTextDoes()
    {
        using var folder = new TempFolder();
        var random = new Random(7);
        for (var i = 0; i < 100; i++)
        {
            var bytes = new byte[random.Next(1, 20_000)];
            // Mostly ASCII with stray high bytes, so valid sequences, broken ones and chunk edges all occur.
            for (var k = 0; k < bytes.Length; k++) bytes[k] = (byte)(random.Next(4) == 0 ? random.Next(0x80, 0x100) : random.Next(0x20, 0x7F));
            var path = Path.Combine(folder.Path, $"f{i}.md");
            File.WriteAllBytes(path, bytes);
            Assert.Equal(File.ReadAllText(path), KnowledgeFileText.Read(path));
        }
    }

    [Fact]
    public void AMissingFileThrowsAsReadAllTextDoes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "missing.md");
        var expected = Assert.ThrowsAny<IOException>(() => File.ReadAllText(path));
        var actual = Assert.ThrowsAny<IOException>(() => KnowledgeFileText.Read(path));
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Message, actual.Message);
    }
}

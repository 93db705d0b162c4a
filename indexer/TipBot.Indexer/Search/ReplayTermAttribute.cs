using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Attribute = Lucene.Net.Util.Attribute;

namespace TipBot.Indexer.Search;

/// <summary>The term of a replayed token as the index writer reads it: UTF-8 bytes encoded once per analysed text, pointed at, not copied.</summary>
/// <remarks>
/// With a character term the writer copied each token's characters and encoded them to UTF-8 again for every field it
/// fed; a section's words feed two (the document's body and the section's own text).
/// </remarks>
internal sealed class ReplayTermAttribute : Attribute, ITermToBytesRefAttribute
{
    public BytesRef BytesRef { get; } = new();

    /// <summary>Points the term at <paramref name="length"/> bytes of <paramref name="bytes"/> from <paramref name="offset"/>.</summary>
    public void Point(byte[] bytes, int offset, int length)
    {
        BytesRef.Bytes = bytes;
        BytesRef.Offset = offset;
        BytesRef.Length = length;
    }

    /// <summary>Nothing to do: <see cref="Point"/> already set the bytes.</summary>
    public void FillBytesRef()
    {
    }

    public override void Clear() => BytesRef.Length = 0;

    public override void CopyTo(IAttribute target)
    {
        var other = (ReplayTermAttribute)target;
        other.Point(BytesRef.Bytes, BytesRef.Offset, BytesRef.Length);
    }
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace TipBot.Bot.Tests.Manifest;

/// <summary>A minimal PNG reader (8-bit RGBA/RGB, non-interlaced) so tests can check icon sizes and transparency.</summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public required int Width { get; init; }
    public required int Height { get; init; }
    public required int ColorType { get; init; }
    public required byte[] Pixels { get; init; }

    public int Channels => ColorType == 6 ? 4 : 3;

    public byte AlphaAt(int x, int y) => ColorType == 6 ? Pixels[(y * Width + x) * 4 + 3] : (byte)255;

    public (byte R, byte G, byte B) RgbAt(int x, int y)
    {
        var i = (y * Width + x) * Channels;
        return (Pixels[i], Pixels[i + 1], Pixels[i + 2]);
    }

    public static PngImage Read(byte[] data)
    {
        if (!data.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG");
        }
        int width = 0, height = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var pos = 8; pos < data.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos));
            var kind = System.Text.Encoding.ASCII.GetString(data, pos + 4, 4);
            var body = data.AsSpan(pos + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                if (body[8] != 8 || body[12] != 0 || (body[9] != 6 && body[9] != 2))
                {
                    throw new InvalidDataException("only 8-bit non-interlaced RGB/RGBA is supported");
                }
                colorType = body[9];
            }
            else if (kind == "IDAT")
            {
                idat.Write(body);
            }
            pos += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }
        var channels = colorType == 6 ? 4 : 3;
        return new PngImage { Width = width, Height = height, ColorType = colorType, Pixels = Unfilter(inflated.ToArray(), width, height, channels) };
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[y * (stride + 1) + 1 + x];
                int a = x >= bpp ? result[y * stride + x - bpp] : 0;
                int b = y > 0 ? result[(y - 1) * stride + x] : 0;
                int c = x >= bpp && y > 0 ? result[(y - 1) * stride + x - bpp] : 0;
                result[y * stride + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) >> 1),
                    4 => value + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"bad PNG filter {filter}"),
                });
            }
        }
        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SendSite.Tests.Support;

/// <summary>
/// Small, valid image files made in code, so tests need no binary fixtures: a PNG of any size in one colour, an
/// 8 by 8 grey baseline JPEG, a 1 by 1 GIF and a 1 by 1 lossless WebP. Each is the least its format allows that a
/// browser still decodes (the browser tests check naturalWidth).
/// </summary>
public static class ImageBytes
{
    /// <summary>A PNG of <paramref name="width"/> by <paramref name="height"/> pixels, all one blue.</summary>
    public static byte[] Png(int width = 4, int height = 3)
    {
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample
        header[9] = 2; // truecolour (RGB), then compression, filter and interlace 0
        WritePngChunk(file, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (3 * width)]; // filter type 0, then RGB per pixel
            for (var x = 0; x < width; x++)
            {
                row[1 + (3 * x)] = 0x1D;
                row[2 + (3 * x)] = 0x70;
                row[3 + (3 * x)] = 0xB8;
            }
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }
        WritePngChunk(file, "IDAT", pixels.ToArray());
        WritePngChunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>
    /// An 8 by 8 mid-grey baseline JPEG: one component, a quantisation table of ones, and Huffman tables of one
    /// code each (DC difference 0, end of block), so the whole picture is the two bits "00", padded with ones.
    /// </summary>
    public static byte[] Jpeg()
    {
        var huffmanCounts = new byte[16];
        huffmanCounts[0] = 1; // one code of length 1
        return
        [
            0xFF, 0xD8, // start of image
            0xFF, 0xDB, 0x00, 0x43, 0x00, .. Enumerable.Repeat((byte)1, 64), // quantisation table 0
            0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00, // baseline frame: 8 bits, 8 x 8, one component
            0xFF, 0xC4, 0x00, 0x14, 0x00, .. huffmanCounts, 0x00, // DC table 0: the one code is category 0
            0xFF, 0xC4, 0x00, 0x14, 0x10, .. huffmanCounts, 0x00, // AC table 0: the one code is end of block
            0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, // start of scan
            0x3F, // DC "0", end of block "0", six padding ones
            0xFF, 0xD9, // end of image
        ];
    }

    /// <summary>A 1 by 1 GIF89a: a two-colour palette and one pixel of colour 0.</summary>
    public static byte[] Gif() =>
    [
        .. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, // screen 1 x 1, a global palette of 2 colours
        0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, // white, black
        0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, // the image: at 0,0, 1 x 1
        0x02, 0x02, 0x44, 0x01, 0x00, // LZW, 2-bit codes: clear, 0, end
        0x3B, // trailer
    ];

    /// <summary>
    /// A 1 by 1 lossless WebP (VP8L): no transforms, no colour cache, and five prefix codes of one symbol each
    /// (symbol 0, so the pixel is transparent black and takes no bits).
    /// </summary>
    public static byte[] Webp()
    {
        var bits = new List<bool>();
        void Write(int value, int count) => bits.AddRange(Enumerable.Range(0, count).Select(bit => ((value >> bit) & 1) != 0));
        Write(0, 14); // width - 1
        Write(0, 14); // height - 1
        Write(0, 1); // alpha is used
        Write(0, 3); // version
        Write(0, 1); // no transform
        Write(0, 1); // no colour cache
        Write(0, 1); // no meta prefix codes
        for (var code = 0; code < 5; code++) // green, red, blue, alpha, distance
        {
            Write(1, 1); // a simple code
            Write(0, 1); // of one symbol
            Write(0, 1); // written in 1 bit
            Write(0, 1); // symbol 0
        }
        // Packed from the least significant end of each byte, as VP8L reads them.
        var packed = new byte[(bits.Count + 7) / 8];
        for (var i = 0; i < bits.Count; i++)
        {
            packed[i / 8] |= (byte)(bits[i] ? 1 << (i % 8) : 0);
        }
        byte[] data = [0x2F, .. packed];
        var riff = new List<byte>();
        riff.AddRange("RIFF"u8.ToArray());
        riff.AddRange(LittleEndian(4 + 8 + data.Length + (data.Length % 2)));
        riff.AddRange("WEBPVP8L"u8.ToArray());
        riff.AddRange(LittleEndian(data.Length));
        riff.AddRange(data);
        if (data.Length % 2 == 1)
        {
            riff.Add(0);
        }
        return [.. riff];
    }

    /// <summary>A file that starts as a PNG and is <paramref name="size"/> bytes long: enough for the size check, which never decodes it.</summary>
    public static byte[] PngOfSize(int size)
    {
        var bytes = new byte[size];
        Png().AsSpan(0, 8).CopyTo(bytes);
        return bytes;
    }

    /// <summary>A web page that calls itself an image: what a .png must not be published as.</summary>
    public static byte[] HtmlPage() => Encoding.UTF8.GetBytes("<!doctype html><title>x</title><script>alert(document.cookie)</script>");

    private static byte[] LittleEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static void WritePngChunk(Stream file, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        file.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        file.Write(crc);
    }

    // The CRC PNG chunks end with (ISO 3309, polynomial 0xEDB88320 reflected), bit by bit: these files are tiny.
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return crc ^ 0xFFFFFFFFu;
    }
}

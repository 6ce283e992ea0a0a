using System.Buffers.Binary;

namespace SalesSuite.SharedKernel.Pdf;

/// <summary>
/// Repacks one face of a TrueType collection (.ttc) as a stand-alone .ttf, because PDFsharp 6.2 reads only single
/// font files. A collection is a header ('ttcf', version, count, offsets) followed by faces whose table directories
/// point at tables shared in the same file; the copy keeps the face's tables and rewrites their offsets.
/// </summary>
internal static class TrueTypeCollection
{
    private const uint CollectionTag = 0x74746366; // 'ttcf'

    public static bool IsCollection(ReadOnlySpan<byte> font) =>
        font.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(font) == CollectionTag;

    public static byte[] ExtractFace(byte[] collection, int index)
    {
        if (!IsCollection(collection))
        {
            throw new InvalidDataException("Not a TrueType collection ('ttcf' header missing).");
        }
        var count = BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(8));
        if (index < 0 || index >= count)
        {
            throw new InvalidDataException($"The collection has {count} faces; face {index} does not exist.");
        }
        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12 + (4 * index)));
        int tables = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(face + 4));
        var directoryLength = 12 + (16 * tables);
        var records = Enumerable.Range(0, tables).Select(i => face + 12 + (16 * i)).ToArray();
        var size = directoryLength + records.Sum(r => Padded(Length(collection, r)));
        var result = new byte[size];
        collection.AsSpan(face, 12).CopyTo(result);
        var at = directoryLength;
        for (var i = 0; i < tables; i++)
        {
            var record = records[i];
            var target = result.AsSpan(12 + (16 * i), 16);
            collection.AsSpan(record, 16).CopyTo(target);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(record + 8));
            var length = Length(collection, record);
            BinaryPrimitives.WriteUInt32BigEndian(target[8..], (uint)at);
            collection.AsSpan(offset, length).CopyTo(result.AsSpan(at));
            at += Padded(length);
        }
        return result;
    }

    private static int Length(byte[] font, int record) => (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));

    private static int Padded(int length) => (length + 3) & ~3;
}

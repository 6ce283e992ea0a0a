using System.Buffers.Binary;
using SalesSuite.SharedKernel.Pdf;

namespace SalesSuite.SharedKernel.Tests.Pdf;

public sealed class TrueTypeCollectionTests
{
    [Fact]
    public void Given_a_collection_When_a_face_is_extracted_Then_it_is_a_font_file_with_the_face_tables_at_new_offsets()
    {
        // A collection of one face with two tables, 'head' (8 bytes) and 'name' (5 bytes, padded to 8).
        var ttc = new byte[12 + 4 + 12 + 32 + 16];
        BinaryPrimitives.WriteUInt32BigEndian(ttc, 0x74746366);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(12), 16);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(16), 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(ttc.AsSpan(20), 2);
        Table(ttc, 28, "head", 60, 8);
        Table(ttc, 44, "name", 68, 5);
        ttc.AsSpan(60, 8).Fill(0xAA);
        ttc.AsSpan(68, 5).Fill(0xBB);

        var ttf = TrueTypeCollection.ExtractFace(ttc, 0);

        Assert.False(TrueTypeCollection.IsCollection(ttf));
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(ttf));
        Assert.Equal(12 + 32 + 8 + 8, ttf.Length);
        var head = (int)BinaryPrimitives.ReadUInt32BigEndian(ttf.AsSpan(12 + 8));
        var name = (int)BinaryPrimitives.ReadUInt32BigEndian(ttf.AsSpan(28 + 8));
        Assert.Equal(44, head);
        Assert.Equal(52, name);
        Assert.All(ttf.AsSpan(head, 8).ToArray(), b => Assert.Equal(0xAA, b));
        Assert.All(ttf.AsSpan(name, 5).ToArray(), b => Assert.Equal(0xBB, b));
    }

    [Fact]
    public void Given_a_face_index_past_the_collection_When_extracted_Then_it_is_refused()
    {
        var ttc = new byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(ttc, 0x74746366);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(8), 1);

        Assert.Throws<InvalidDataException>(() => TrueTypeCollection.ExtractFace(ttc, 1));
    }

    private static void Table(byte[] font, int record, string tag, int offset, int length)
    {
        System.Text.Encoding.ASCII.GetBytes(tag).CopyTo(font, record);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)length);
    }
}

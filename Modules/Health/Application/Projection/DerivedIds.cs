namespace SalesSuite.Health.Application.Projection;

/// <summary>Row ids derived from the event that made them, so a rebuild produces the very same rows.</summary>
internal static class DerivedIds
{
    public static Guid From(Guid eventId, int n)
    {
        var bytes = eventId.ToByteArray();
        bytes[15] ^= (byte)(n + 1);
        bytes[14] ^= (byte)((n + 1) >> 8);
        return new Guid(bytes);
    }
}

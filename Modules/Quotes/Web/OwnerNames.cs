namespace SalesSuite.Quotes.Web;

/// <summary>A user's display name from the request's name table (kernel <c>RecordAccess.NamesAsync</c>), "—" when unknown.</summary>
internal static class OwnerNames
{
    public static string NameOf(this IReadOnlyDictionary<Guid, string> names, Guid? id) =>
        id is { } key && names.TryGetValue(key, out var name) ? name : "—";
}

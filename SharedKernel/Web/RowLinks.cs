namespace SalesSuite.SharedKernel.Web;

/// <summary>
/// One kind of link for every row of a table: routed once per response with <see cref="Marker"/> as the row's id, then
/// each row puts its own id in place of the marker (routing five links per row cost more than the rest of the page).
/// A template without the marker is the same link for every row.
/// </summary>
/// <example><c>_details ??= new RowLinks(Url.Page("/Details", new { id = RowLinks.Marker })!)</c>, then <c>_details.For(row.Id)</c>.</example>
public sealed class RowLinks(string template)
{
    /// <summary>The id the template is routed with (no record has it).</summary>
    public static readonly Guid Marker = Guid.AllBitsSet;

    private static readonly string MarkerText = Marker.ToString();

    public string For(Guid id) => template.Replace(MarkerText, id.ToString(), StringComparison.Ordinal);
}

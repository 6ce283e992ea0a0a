using System.Globalization;
using NodaTime;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// Where a column's "load more" goes on (keyset, not OFFSET): after the last card shown, in the column's order (longest
/// in stage first, then id). Written into the button as "{unix ticks}_{id}".
/// </summary>
public readonly record struct KanbanCursor(Instant StageEnteredAt, Guid Id)
{
    public override string ToString() => $"{StageEnteredAt.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture)}_{Id:N}";

    public static KanbanCursor? Parse(string? text)
    {
        var parts = text?.Split('_');
        return parts is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) && Guid.TryParse(id, out var g)
            ? new KanbanCursor(Instant.FromUnixTimeTicks(t), g)
            : null;
    }
}

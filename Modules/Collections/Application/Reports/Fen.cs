namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// Report sums are taken in whole fen: <c>(long)Math.Round((double)amount * 100)</c> in the query. SQLite stores
/// decimals as text and EF adds them with a managed function called once per row (slow at 200,000 rows); amounts here
/// always have at most two decimals (<c>ScheduleMath.IsValidAmount</c>), so the fen are exact integers that both
/// SQLite and SQL Server add natively and exactly. Results go back to yuan with <see cref="ToYuan"/>.
/// </summary>
internal static class Fen
{
    public static decimal ToYuan(long fen) => fen / 100m;
}

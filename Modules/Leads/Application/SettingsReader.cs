using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application;

internal static class SettingsReader
{
    /// <summary>The settings row, or the defaults when the director never saved any.</summary>
    public static async Task<LeadsSettings> SettingsAsync(this LeadsDbContext db, CancellationToken ct) =>
        await db.Settings.FindAsync([LeadsSettings.SingletonId], ct) ?? new LeadsSettings();
}

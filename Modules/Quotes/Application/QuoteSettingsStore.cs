using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application;

/// <summary>Settings and the chain, created with defaults on first use.</summary>
internal sealed class QuoteSettingsStore(QuotesDbContext db)
{
    public async Task<QuoteSettings> SettingsAsync(CancellationToken ct)
    {
        var settings = await db.Settings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new QuoteSettings();
            db.Settings.Add(settings);
        }
        return settings;
    }

    public async Task<List<ChainStepRule>> ChainAsync(CancellationToken ct)
    {
        var rules = await db.ChainSteps.ToListAsync(ct);
        if (rules.Count == 0)
        {
            rules = DefaultChain.Create().ToList();
            db.ChainSteps.AddRange(rules);
        }
        return rules.OrderBy(r => r.Order).ToList();
    }
}

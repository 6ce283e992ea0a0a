using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Web;

/// <summary>"当前生效版本 V3.2, 财务 2026-02-15 10:22 成本锁定" — shown wherever a quote is shown.</summary>
internal static class EffectiveVersionText
{
    public static string For(Quote quote, BusinessClock clock, IStringLocalizer l)
    {
        var version = quote.ApprovedVersion ?? quote.LatestVersion;
        if (version is null)
        {
            return l["Version_None"];
        }
        var key = quote.ApprovedVersion is null ? "Version_Latest" : "Version_Effective";
        var locked = version.CostLockedAt ?? quote.Versions
            .Where(v => v.Major == version.Major && v.Minor <= version.Minor && v.CostLockedAt != null)
            .Select(v => v.CostLockedAt).Max();
        return locked is { } at
            ? l[key + "_Locked", version.Label, clock.Format(at)]
            : l[key, version.Label];
    }
}

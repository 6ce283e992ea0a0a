using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>The director's configuration: settings, tag sets, intake API keys. Every change is in the operation log.</summary>
internal sealed class ConfigCommands(
    LeadsDbContext db, UnitOfWork<LeadsDbContext> uow, ModuleSettings<LeadsDbContext, LeadsSettings> settings, IClock clock)
{
    public async Task SaveSettingsAsync(SettingsInput input, CancellationToken ct)
    {
        var row = await settings.ForChangeAsync(ct);
        if (db.Entry(row).State != EntityState.Added)
        {
            StaleEditException.ThrowIfChanged(input.Version, row.Version);
            db.Entry(row).Property(x => x.Version).OriginalValue = input.Version;
        }
        row.Change(input.ClaimWindowMinutes, input.MaxOpenClaims, input.EscalationHours);
        await uow.CommitAsync("Settings.Change", ct);
    }

    public async Task AddTagAsync(TagCategory category, string? value, CancellationToken ct)
    {
        var text = (value ?? "").Trim();
        DomainException.ThrowIf(
            await db.TagOptions.AnyAsync(t => t.Category == category && t.Value == text, ct), "Config_TagInvalid");
        var position = await db.TagOptions.Select(t => (int?)t.Position).MaxAsync(ct) ?? 0;
        db.TagOptions.Add(new TagOption(Guid.NewGuid(), category, text, position + 1));
        await uow.CommitAsync("Tag.Add", ct);
    }

    public async Task RemoveTagAsync(Guid id, CancellationToken ct)
    {
        var tag = await db.TagOptions.FindAsync([id], ct) ?? throw new KeyNotFoundException();
        db.TagOptions.Remove(tag);
        await uow.CommitAsync("Tag.Remove", ct);
    }

    /// <summary>Issues an API key for a configured source; returns the plain key (shown once, only its hash is kept).</summary>
    public async Task<string> IssueKeyAsync(string? source, CancellationToken ct)
    {
        DomainException.ThrowIf(
            string.IsNullOrWhiteSpace(source)
            || !await db.TagOptions.AnyAsync(t => t.Category == TagCategory.Source && t.Value == source, ct),
            "Intake_SourceUnknown");
        var (key, plain) = IntakeKey.Issue(source!, clock.GetCurrentInstant());
        db.IntakeKeys.Add(key);
        await uow.CommitAsync("IntakeKey.Create", ct);
        return plain;
    }

    public async Task RevokeKeyAsync(Guid id, CancellationToken ct)
    {
        var key = await db.IntakeKeys.FindAsync([id], ct) ?? throw new KeyNotFoundException();
        key.Revoke();
        await uow.CommitAsync("IntakeKey.Revoke", ct);
    }
}

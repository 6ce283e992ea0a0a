using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Visits;

/// <summary>
/// The managers' visit lists: visits of the people they see waiting for confirmation (not their own), risk cards
/// (the delivery manager role sees every card), a visit's voice note for playback (visibility checked).
/// </summary>
internal sealed class VisitQueries(
    LeadsDbContext db, RecordAccess access, ModuleSettings<LeadsDbContext, VisitSettings> settings, VoiceNoteService voices, IClock clock)
{
    public const int MaxRows = 300;

    public Task<VisitSettings> SettingsAsync(CancellationToken ct) => settings.ReadAsync(ct);

    public async Task<IReadOnlyList<VisitRow>> PendingAsync(CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var me = access.UserId;
        var after = (await settings.ReadAsync(ct)).ConfirmWithin;
        var late = clock.GetCurrentInstant() - after;
        var rows = await db.FollowUps.AsNoTracking().VisibleTo(visibility, f => f.OwnerId)
            .Where(f => f.AwaitsConfirmation && f.ConfirmedAt == null && f.OwnerId != me)
            .OrderBy(f => f.At).Take(MaxRows).ToListAsync(ct);
        var customers = await CustomerNamesAsync(rows.Select(r => r.CustomerId), ct);
        var names = await access.NamesAsync(ct);
        return rows.Select(f => new VisitRow(
            f.Id, f.Version, f.At, Name(names, f.OwnerId), f.CustomerId, customers.GetValueOrDefault(f.CustomerId, "—"),
            f.Objective.ToString(), f.Summary, f.Warning, f.ConfirmLevel, f.ConfirmAskedOf is { } a ? Name(names, a) : "—",
            f.At <= late, f.VoiceKey is not null, Position(f))).ToList();
    }

    public async Task<IReadOnlyList<RiskRow>> RisksAsync(bool openOnly, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync([Roles.DeliveryManager], ct);
        var me = access.UserId;
        var query = db.RiskCards.AsNoTracking().VisibleTo(visibility, c => c.OwnerId);
        query = openOnly ? query.Where(c => c.ClosedAt == null) : query;
        var cards = await query.OrderByDescending(c => c.RaisedAt).Take(MaxRows).ToListAsync(ct);
        var customers = await CustomerNamesAsync(cards.Select(c => c.CustomerId), ct);
        var names = await access.NamesAsync(ct);
        return cards.Select(c => new RiskRow(
            c.Id, c.Version, c.RaisedAt, Name(names, c.OwnerId), c.CustomerId, customers.GetValueOrDefault(c.CustomerId, "—"),
            RiskCardService.Tags(c), c.Summary, c.AcknowledgedAt is not null, !c.IsOpen, c.Note,
            access.IsManager && c.OwnerId != me)).ToList();
    }

    /// <summary>The voice note of a visit the reader may see (stream + type), or null (the page answers 404).</summary>
    public async Task<(Stream Content, string ContentType)?> VoiceAsync(Guid followUpId, CancellationToken ct)
    {
        var f = await db.FollowUps.AsNoTracking().FirstOrDefaultAsync(x => x.Id == followUpId, ct);
        if (f?.VoiceKey is null || !await access.CanSeeAsync(f.OwnerId, ct) || await voices.OpenAsync(f.VoiceKey, ct) is not { } stream)
        {
            return null;
        }
        return (stream, f.VoiceType ?? "application/octet-stream");
    }

    /// <summary>"30.274100, 120.155100 ±15 m" (invariant digits), or null without a position.</summary>
    public static string? Position(FollowUp f) =>
        f is { Latitude: { } lat, Longitude: { } lng }
            ? string.Create(CultureInfo.InvariantCulture, $"{lat:0.000000}, {lng:0.000000}")
              + (f.AccuracyMeters is { } m ? string.Create(CultureInfo.InvariantCulture, $" ±{m:0} m") : "")
            : null;

    private async Task<Dictionary<Guid, string>> CustomerNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Customers.AsNoTracking().Where(c => list.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    private static string Name(IReadOnlyDictionary<Guid, string> names, Guid id) => names.TryGetValue(id, out var n) ? n : "—";
}

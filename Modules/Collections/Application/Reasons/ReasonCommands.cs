using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Reasons;

/// <summary>
/// Configuring overdue reasons and their playbooks (Finance, the sales director, Admin: 403 for others). Reasons are
/// never deleted, only deactivated: tagged receivables and their tasks keep pointing at them.
/// </summary>
internal sealed class ReasonCommands(CollectionsDbContext db, UnitOfWork<CollectionsDbContext> unitOfWork, RecordAccess access)
{
    private static readonly List<Guid> DefaultIds =
        [DefaultReasons.AccountProblem, DefaultReasons.InvoiceNotReceived, DefaultReasons.ContractDispute, DefaultReasons.Other];

    public async Task<Guid> AddAsync(ReasonInput input, CancellationToken ct)
    {
        EnsureConfigurer();
        var name = input.Name?.Trim() ?? string.Empty;
        await EnsureNameFreeAsync(name, null, ct);
        var reason = new OverdueReason(Guid.NewGuid(), name, input.RequiresText, input.SortOrder);
        reason.Configure(input.RequiresText, input.SortOrder, input.Active);
        db.OverdueReasons.Add(reason);
        await unitOfWork.CommitAsync("OverdueReason.Add", ct);
        return reason.Id;
    }

    /// <summary>Rename, reorder, require a text, (de)activate; <see cref="ReasonInput.Version"/> is what the form showed.</summary>
    public async Task UpdateAsync(Guid id, ReasonInput input, CancellationToken ct)
    {
        EnsureConfigurer();
        var reason = await LoadAsync(id, input.Version, ct);
        var name = input.Name?.Trim() ?? string.Empty;
        await EnsureNameFreeAsync(name, id, ct);
        reason.Rename(name);
        reason.Configure(input.RequiresText, input.SortOrder, input.Active);
        await unitOfWork.CommitAsync("OverdueReason.Update", ct);
    }

    /// <summary>Replaces the playbook with the filled rows, in the order of their numbers (ties keep the form's order).</summary>
    public async Task SavePlaybookAsync(Guid id, PlaybookInput input, CancellationToken ct)
    {
        EnsureConfigurer();
        var reason = await LoadAsync(id, input.Version, ct);
        reason.ReplaceSteps(input.Steps.Where(s => !s.IsBlank).OrderBy(s => s.Order)
            .Select(s => new PlaybookStep(s.Order, s.Text ?? string.Empty, s.Role ?? string.Empty, Blank(s.LinkOrTemplate), s.DueDays)));
        // The steps are a JSON column of the reason: mark the reason itself changed so its Version guards the edit.
        db.Entry(reason).State = EntityState.Modified;
        await unitOfWork.CommitAsync("OverdueReason.Playbook", ct);
    }

    /// <summary>
    /// Adds the default reasons (<see cref="DefaultReasons"/>) that are missing, by id and by name, so it is safe on every
    /// start and on every instance: a renamed or deactivated default stays as its administrator left it. Returns how many.
    /// </summary>
    public async Task<int> EnsureDefaultsAsync(CancellationToken ct)
    {
        var existing = await db.OverdueReasons.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var missing = DefaultReasons.Create()
            .Where(d => !existing.Any(e => e.Id == d.Id || e.Name == d.Name))
            .ToList();
        if (missing.Count == 0)
        {
            return 0;
        }
        db.OverdueReasons.AddRange(missing);
        try
        {
            await unitOfWork.CommitAsync("OverdueReason.Defaults", ct);
        }
        catch (DbUpdateException)
        {
            // Another instance started at the same moment and added them first; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (await db.OverdueReasons.AsNoTracking().AnyAsync(r => DefaultIds.Contains(r.Id), ct))
            {
                return 0;
            }
            throw;
        }
        return missing.Count;
    }

    private void EnsureConfigurer()
    {
        if (!access.IsInAnyRole(CollectionsModule.ReasonRoles))
        {
            throw new UnauthorizedAccessException();
        }
    }

    private async Task<OverdueReason> LoadAsync(Guid id, int version, CancellationToken ct)
    {
        var reason = await db.OverdueReasons.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, reason.Version);
        db.Entry(reason).Property(r => r.Version).OriginalValue = version;
        return reason;
    }

    private async Task EnsureNameFreeAsync(string name, Guid? self, CancellationToken ct) =>
        DomainException.ThrowIf(
            name.Length > 0 && await db.OverdueReasons.AnyAsync(r => r.Name == name && r.Id != self, ct), "OverdueReason_Error_NameTaken", name);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Overdue;

/// <summary>
/// Who works an overdue item. Tagging: the owner or a manager above them (the platform's own / team / all, so the
/// regional manager, the sales director, the GM and Admin; Finance sees every item but does not tag). Completing a
/// playbook task: the same people, or anyone in the task's responsible role when that role is a function (Finance,
/// Legal …); a Salesperson or RegionalManager step is done by the owner or their manager, never by a colleague.
/// </summary>
internal sealed class OverdueAccess(RecordAccess records, CollectionsAccess collections)
{
    /// <summary>Roles whose steps follow the receivable's reporting line instead of the role.</summary>
    public static readonly IReadOnlyList<string> LineRoles = [Roles.Salesperson, Roles.RegionalManager];

    public Guid UserId => records.UserId;

    /// <summary>The reader may see the receivable (Finance and the GM see all).</summary>
    public Task<bool> CanSeeAsync(Guid ownerId, CancellationToken ct) => collections.CanSeeAsync(ownerId, ct);

    /// <summary>The owner, or a manager whose team (or everyone) includes the owner.</summary>
    public Task<bool> CanTagAsync(Guid ownerId, CancellationToken ct) => records.CanSeeAsync(ownerId, ct);

    /// <summary>In a functional role that a playbook step names (Finance, Legal …).</summary>
    public bool HasFunctionalRole(string role) => !LineRoles.Contains(role) && records.IsInRole(role);

    public async Task<bool> CanCompleteAsync(string responsibleRole, Guid ownerId, CancellationToken ct) =>
        HasFunctionalRole(responsibleRole) || await CanTagAsync(ownerId, ct);

    /// <summary>The functional roles the reader holds (their task list on the overdue page).</summary>
    public IReadOnlyList<string> FunctionalRoles() => Roles.All.Where(HasFunctionalRole).ToList();

    /// <summary>404 when the receivable is not the reader's to see, 403 when they see it but may not act.</summary>
    public async Task RefuseAsync(Guid ownerId, CancellationToken ct)
    {
        if (!await CanSeeAsync(ownerId, ct))
        {
            throw new KeyNotFoundException();
        }
        throw new UnauthorizedAccessException();
    }
}

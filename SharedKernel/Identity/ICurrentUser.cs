namespace SalesSuite.SharedKernel.Identity;

/// <summary>The signed-in user of the current request; null id for the system (background work, events).</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    string? DisplayName { get; }
    bool IsAuthenticated { get; }
    bool IsInRole(string role);
}

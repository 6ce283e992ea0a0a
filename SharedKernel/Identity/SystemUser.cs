namespace SalesSuite.SharedKernel.Identity;

/// <summary>Used outside a request (background dispatch, seeding): changes are attributed to the system.</summary>
public sealed class SystemUser : ICurrentUser
{
    public Guid? UserId => null;
    public string? DisplayName => null;
    public bool IsAuthenticated => false;
    public bool IsInRole(string role) => false;
}

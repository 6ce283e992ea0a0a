using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>The "signed-in" user of a scope; tests set it.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public Guid? UserId { get; set; }
    public string? DisplayName => UserId?.ToString();
    public bool IsAuthenticated => UserId is not null;
    public bool IsInRole(string role) => false;
}

namespace SalesSuite.SharedKernel.Identity;

public static class AppClaimTypes
{
    public const string DisplayName = "salessuite:display_name";
}

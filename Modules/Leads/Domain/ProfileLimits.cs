namespace SalesSuite.Leads.Domain;

/// <summary>Lengths of the customer profile's text fields (the form's validator and the columns use the same).</summary>
internal static class ProfileLimits
{
    public const int Name = 200;
    public const int Contact = 100;
    public const int Phone = 40;
    public const int Address = 200;
    public const int Text = 100;
    public const int Industry = 50;
    public const int CreditCode = 30;
}

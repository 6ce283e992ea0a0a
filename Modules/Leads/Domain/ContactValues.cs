namespace SalesSuite.Leads.Domain;

/// <summary>A contact as entered: name, role, phone, email, job title, whether it is the primary contact.</summary>
internal sealed record ContactValues(string Name, ContactRole Role, string? Phone, string? Email, string? Title, bool IsPrimary);

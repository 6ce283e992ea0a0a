namespace SalesSuite.Leads.Application.Customers;

/// <summary>
/// What a profile edit changed (field codes; none: nothing saved) and the codes of other customers whose duplicate keys
/// (phone, name, credit code) the new values now share (shown as a warning; the edit is saved anyway).
/// </summary>
internal sealed record ProfileEditResult(IReadOnlyList<string> Changed, IReadOnlyList<string> Collisions);

namespace SalesSuite.Leads.Application.Contacts;

/// <summary>
/// The contacts panel of the customer page: the list, a message after a change or refusal (kind: success, warning,
/// danger) and the add form's input (kept after a refusal).
/// </summary>
public sealed class ContactsPanel
{
    internal ContactList List { get; init; } = null!;
    public (string Text, string Kind)? Message { get; init; }
    public ContactInput AddInput { get; init; } = new() { Role = "DecisionMaker" };
}

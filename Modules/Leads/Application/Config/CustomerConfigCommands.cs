using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>
/// The director's customer master data: customer types (add, rename, deactivate / reactivate; the built-in types are stored
/// on the first change) and profile fields (add, reorder, deactivate / reactivate). Forms carry the row's version (stale → 409).
/// </summary>
internal sealed class CustomerConfigCommands(LeadsDbContext db, UnitOfWork<LeadsDbContext> uow)
{
    public async Task AddTypeAsync(string? code, string? name, CancellationToken ct)
    {
        DomainException.ThrowIf(!CustomerTypeOption.IsCode(code), "Cust_Type_CodeInvalid");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(name) || name.Trim().Length > CustomerTypeOption.MaxName, "Cust_Type_NameInvalid");
        var types = await StoredTypesAsync(ct);
        var trimmed = code!.Trim();
        DomainException.ThrowIf(types.Any(t => string.Equals(t.Code, trimmed, StringComparison.OrdinalIgnoreCase)), "Cust_Type_Taken", trimmed);
        db.CustomerTypeOptions.Add(new CustomerTypeOption(Guid.NewGuid(), code!, name, types.Max(t => t.Position) + 1));
        await uow.CommitAsync("CustomerType.Add", ct);
    }

    public async Task RenameTypeAsync(string code, string? name, int version, CancellationToken ct)
    {
        var type = await TypeAsync(code, version, ct);
        type.Rename(name);
        await uow.CommitAsync("CustomerType.Rename", ct);
    }

    public async Task SetTypeActiveAsync(string code, bool active, int version, CancellationToken ct)
    {
        var type = await TypeAsync(code, version, ct);
        type.SetActive(active);
        await uow.CommitAsync(active ? "CustomerType.Activate" : "CustomerType.Deactivate", ct);
    }

    public async Task AddFieldAsync(ProfileFieldInput input, CancellationToken ct)
    {
        var type = input.FieldType ?? throw new DomainException("Cust_Field_TypeInvalid");
        var position = await db.ProfileFields.Select(f => (int?)f.Position).MaxAsync(ct) ?? 0;
        db.ProfileFields.Add(new ProfileField(Guid.NewGuid(), input.Label ?? "", type, input.Options, input.IsKey, position + 1));
        await uow.CommitAsync("ProfileField.Add", ct);
    }

    /// <summary>Swaps the field with its neighbour above (direction -1) or below (+1); at either end nothing changes.</summary>
    public async Task MoveFieldAsync(Guid id, int direction, int version, CancellationToken ct)
    {
        var fields = await db.ProfileFields.OrderBy(f => f.Position).ToListAsync(ct);
        var index = fields.FindIndex(f => f.Id == id);
        if (index < 0)
        {
            throw new KeyNotFoundException();
        }
        var field = Checked(fields[index], version);
        var other = index + Math.Sign(direction);
        if (direction == 0 || other < 0 || other >= fields.Count)
        {
            return;
        }
        var position = field.Position;
        field.MoveTo(fields[other].Position);
        fields[other].MoveTo(position);
        await uow.CommitAsync("ProfileField.Move", ct);
    }

    public async Task SetFieldActiveAsync(Guid id, bool active, int version, CancellationToken ct)
    {
        var field = Checked(await db.ProfileFields.FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new KeyNotFoundException(), version);
        field.SetActive(active);
        await uow.CommitAsync(active ? "ProfileField.Activate" : "ProfileField.Deactivate", ct);
    }

    private ProfileField Checked(ProfileField field, int version)
    {
        StaleEditException.ThrowIfChanged(version, field.Version);
        db.Entry(field).Property(f => f.Version).OriginalValue = version;
        return field;
    }

    private async Task<CustomerTypeOption> TypeAsync(string code, int version, CancellationToken ct)
    {
        var type = (await StoredTypesAsync(ct)).FirstOrDefault(t => t.Code == code) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, type.Version);
        if (db.Entry(type).State != EntityState.Added)
        {
            db.Entry(type).Property(t => t.Version).OriginalValue = version;
        }
        return type;
    }

    /// <summary>The stored types, tracked; when none are stored yet, the built-in ones are added (saved with the change).</summary>
    private async Task<List<CustomerTypeOption>> StoredTypesAsync(CancellationToken ct)
    {
        var types = await db.CustomerTypeOptions.OrderBy(t => t.Position).ToListAsync(ct);
        if (types.Count == 0)
        {
            types = [.. CustomerProfileService.Defaults().Select(d => new CustomerTypeOption(Guid.NewGuid(), d.Code, null, d.Position))];
            db.CustomerTypeOptions.AddRange(types);
        }
        return types;
    }
}

using OpenTalent.Core.Matching;

namespace OpenTalent.Text.Matching;

/// <summary>
/// A learned <see cref="SkillSimilarity"/> as bytes, so it is learned once per taxonomy and postings, not on every
/// start (learning takes tens of seconds on the full reference data).
/// </summary>
public static class SkillSimilarityFormat
{
    public const string StoreName = "skill-similarity";

    private const int Version = 1;

    public static byte[] Serialize(SkillSimilarity similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(Version);
            writer.Write(similarity.Count);
            foreach (var skill in similarity.Skills.Order(StringComparer.Ordinal))
            {
                var related = similarity.Related(skill);
                writer.Write(skill);
                writer.Write(related.Count);
                foreach (var neighbour in related)
                {
                    writer.Write(neighbour.SkillId);
                    writer.Write(neighbour.Similarity);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Reads what <see cref="Serialize"/> wrote; <see cref="InvalidDataException"/> for anything else.</summary>
    public static SkillSimilarity Deserialize(byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload));
            if (reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("The stored skill similarity has another format version.");
            }

            var count = reader.ReadInt32();
            var related = new Dictionary<string, IReadOnlyList<RelatedSkill>>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var skill = reader.ReadString();
                var neighbours = new RelatedSkill[reader.ReadInt32()];
                for (var j = 0; j < neighbours.Length; j++)
                {
                    neighbours[j] = new RelatedSkill(reader.ReadString(), reader.ReadDouble());
                }

                related[skill] = neighbours;
            }

            return new SkillSimilarity(related);
        }
        catch (Exception exception) when (exception is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException("The stored skill similarity is truncated or corrupt.", exception);
        }
    }

    /// <summary>
    /// What the similarity was learned from: the taxonomy's fingerprint and every posting's skill set, so a new
    /// import of either makes it stale.
    /// </summary>
    public static string Fingerprint(string taxonomyFingerprint, IEnumerable<IReadOnlyList<string>> postingSkillSets)
    {
        ArgumentNullException.ThrowIfNull(postingSkillSets);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var sets = 0;
        foreach (var set in postingSkillSets)
        {
            sets++;
            foreach (var skill in set)
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(skill));
                hash.AppendData([0]);
            }

            hash.AppendData([1]);
        }

        return $"{taxonomyFingerprint}-p{sets}-{Convert.ToHexStringLower(hash.GetHashAndReset())[..16]}";
    }
}

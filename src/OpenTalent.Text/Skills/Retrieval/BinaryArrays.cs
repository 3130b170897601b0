using System.Runtime.InteropServices;

namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>Length-prefixed primitive arrays, written as raw little-endian bytes so loading is one copy.</summary>
internal static class BinaryArrays
{
    public static void Write(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static void Write(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Writes <paramref name="values"/> at half precision: for vectors, whose scores need no more.</summary>
    public static void WriteHalves(BinaryWriter writer, float[] values)
    {
        var halves = new Half[values.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertToHalf(values, halves);
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    public static float[] ReadHalves(BinaryReader reader)
    {
        var halves = new Half[ReadLength(reader)];
        ReadExactly(reader, MemoryMarshal.AsBytes(halves.AsSpan()));
        var values = new float[halves.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertToSingle(halves, values);
        return values;
    }

    /// <summary>Rounds <paramref name="values"/> to half precision in place, so a built model scores exactly like a loaded one.</summary>
    public static void RoundToHalf(float[] values)
    {
        var halves = new Half[values.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertToHalf(values, halves);
        System.Numerics.Tensors.TensorPrimitives.ConvertToSingle(halves, values);
    }

    public static int[] ReadInt32s(BinaryReader reader)
    {
        var values = new int[ReadLength(reader)];
        ReadExactly(reader, MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public static float[] ReadSingles(BinaryReader reader)
    {
        var values = new float[ReadLength(reader)];
        ReadExactly(reader, MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static int ReadLength(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        return length is >= 0 and <= 1 << 28 ? length : throw new InvalidDataException($"Implausible array length {length} in a model file.");
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> target)
    {
        while (target.Length > 0)
        {
            var read = reader.Read(target);
            if (read == 0)
            {
                throw new EndOfStreamException("A model file ends inside an array.");
            }

            target = target[read..];
        }
    }
}
